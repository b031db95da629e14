namespace OpsPlatform.Messaging.Tests;

/// <summary>The host with the test modules and its bus loops off: the tables stay as a test seeds or drives them.</summary>
public sealed class StoppedBusFactory : BusFactory
{
    public StoppedBusFactory() => WithSetting("Bus:Enabled", "false");
}
