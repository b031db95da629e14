using Marten;

namespace OpsPlatform.Modules.Notifications.Persistence;

/// <summary>The module's Marten store (schema <c>notifications</c>).</summary>
public interface INotificationsStore : IDocumentStore;
