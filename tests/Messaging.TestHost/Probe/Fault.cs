namespace OpsPlatform.Messaging.TestHost.Probe;

public sealed class Fault
{
    public string Key { get; init; } = "";
}
