using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace OpsPlatform.Shared.Kernel.Persistence.Documents;

/// <summary>
/// Lets System.Text.Json store domain objects as they are written (private constructors, private setters) so that
/// entities keep their rules in methods. Computed properties (no setter) are not stored.
/// </summary>
internal static class DocumentJson
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static void IncludePrivateMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace?.StartsWith("OpsPlatform.", StringComparison.Ordinal) != true) return;
        if (info.CreateObject is null && info.Type.GetConstructor(Instance, Type.EmptyTypes) is { IsPublic: false } constructor)
            info.CreateObject = () => constructor.Invoke(null);
        foreach (var property in info.Properties.ToList())
        {
            if (property.AttributeProvider is not PropertyInfo declared || property.Set is not null) continue;
            var setter = declared.DeclaringType!.GetProperty(declared.Name, Instance)!.GetSetMethod(nonPublic: true);
            if (setter is null) info.Properties.Remove(property);
            else property.Set = (target, value) => setter.Invoke(target, [value]);
        }
    }
}
