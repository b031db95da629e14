using Marten;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>The probe module's Marten store (schema <c>probe</c>), integrated with the bus like a product module's.</summary>
public interface IProbeStore : IDocumentStore;
