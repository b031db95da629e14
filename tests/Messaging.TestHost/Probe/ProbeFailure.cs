namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>The failure a probe handler throws when its payload asks it to.</summary>
public sealed class ProbeFailure(string message) : Exception(message);
