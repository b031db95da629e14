using Marten;

namespace OpsPlatform.Modules.Psa.Persistence;

/// <summary>The module's Marten store (schema <c>psa</c>).</summary>
public interface IPsaStore : IDocumentStore;
