using Marten;

namespace OpsPlatform.Modules.Janitorial.Persistence;

/// <summary>The module's Marten store (schema <c>janitorial</c>).</summary>
public interface IJanitorialStore : IDocumentStore;
