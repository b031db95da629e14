namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>The stable wire identity of an integration event: stored rows carry this, never a CLR type name.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventAttribute(string name, int version) : Attribute
{
    public string Name { get; } = name;
    public int Version { get; } = version;

    public static IntegrationEventAttribute Of(Type type) =>
        type.GetCustomAttributes(typeof(IntegrationEventAttribute), false).Cast<IntegrationEventAttribute>().SingleOrDefault()
        ?? throw new InvalidOperationException($"{type.Name} has no [IntegrationEvent(name, version)] attribute.");
}
