using Marten;

namespace OpsPlatform.Modules.Maintenance.Persistence;

/// <summary>The module's Marten store (schema <c>maintenance</c>).</summary>
public interface IMaintenanceStore : IDocumentStore;
