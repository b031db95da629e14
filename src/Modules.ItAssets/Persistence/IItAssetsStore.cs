using Marten;

namespace OpsPlatform.Modules.ItAssets.Persistence;

/// <summary>The module's Marten store (schema <c>it_assets</c>).</summary>
public interface IItAssetsStore : IDocumentStore;
