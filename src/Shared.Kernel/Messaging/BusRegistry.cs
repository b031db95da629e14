using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// Who subscribes to what, and which schemas publish: built once from every module's subscriptions. The relay
/// routes by (alias, version); a handler loop finds the handler of an inbox row by (schema, handler, alias, version).
/// </summary>
public sealed class BusRegistry
{
    private readonly Dictionary<(string Schema, string Handler, string Alias, int Version), Subscription> _byInboxRow = new();
    private readonly Dictionary<(string Alias, int Version), List<Subscription>> _byMessage = new();

    public BusRegistry(IEnumerable<Subscription> subscriptions, IEnumerable<ModuleDatabase> modules)
    {
        PublisherSchemas = modules.Select(m => m.Schema).Distinct().ToList();
        foreach (var subscription in subscriptions)
        {
            var key = (subscription.Schema, subscription.Handler, subscription.Alias, subscription.Version);
            if (_byInboxRow.TryGetValue(key, out var other))
            {
                if (other.HandlerType == subscription.HandlerType) continue; // registered twice: one subscription
                throw new InvalidOperationException(
                    $"Two handlers named {subscription.Handler} in schema {subscription.Schema} ({other.HandlerType.FullName}, {subscription.HandlerType.FullName}) " +
                    "would share inbox rows. Rename one.");
            }
            _byInboxRow[key] = subscription;
            var route = (subscription.Alias, subscription.Version);
            if (!_byMessage.TryGetValue(route, out var list)) _byMessage[route] = list = [];
            list.Add(subscription);
        }
        Subscriptions = _byInboxRow.Values.ToList();
        SubscriberSchemas = _byInboxRow.Values.Select(s => s.Schema).Distinct().ToList();
    }

    public IReadOnlyList<Subscription> Subscriptions { get; }

    /// <summary>Every schema with an outbox (each module, and the identity schema).</summary>
    public IReadOnlyList<string> PublisherSchemas { get; }

    /// <summary>Schemas with at least one handler, i.e. whose inbox a handler loop claims from.</summary>
    public IReadOnlyList<string> SubscriberSchemas { get; }

    public IReadOnlyList<Subscription> SubscribersOf(string alias, int version) =>
        _byMessage.TryGetValue((alias, version), out var list) ? list : [];

    public Subscription? Find(string schema, string handler, string alias, int version) =>
        _byInboxRow.GetValueOrDefault((schema, handler, alias, version));

    /// <summary>This module's own handlers of a message type: where a scheduled message of that type goes.</summary>
    public IReadOnlyList<Subscription> OwnHandlersOf(string schema, Type messageType)
    {
        var wire = IntegrationEventAttribute.Of(messageType);
        return SubscribersOf(wire.Name, wire.Version).Where(s => s.Schema == schema).ToList();
    }
}
