namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>Which probe host recorded an effect: one name per host (process or in-process host).</summary>
public sealed record ProbeNode(string Name);
