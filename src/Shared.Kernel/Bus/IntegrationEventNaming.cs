using Wolverine.Util;

namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>Stored envelopes carry the <see cref="IntegrationEventAttribute"/> wire name (<c>name</c>, or <c>name.vN</c> from version 2), never a CLR type name.</summary>
internal sealed class IntegrationEventNaming : IMessageTypeNaming
{
    public bool TryDetermineName(Type messageType, out string messageTypeName)
    {
        var wire = messageType.GetCustomAttributes(typeof(IntegrationEventAttribute), false).Cast<IntegrationEventAttribute>().SingleOrDefault();
        messageTypeName = wire is null ? "" : WireName(wire);
        return wire is not null;
    }

    public static string WireName(IntegrationEventAttribute wire) => wire.Version == 1 ? wire.Name : $"{wire.Name}.v{wire.Version}";
}
