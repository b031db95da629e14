namespace OpsPlatform.Modules.Maintenance.Tests;

/// <summary>A host whose bus node neither relays nor handles, for tests that deliver messages to a handler themselves.</summary>
public sealed class ApiWithoutBus : ApiFactory
{
    public ApiWithoutBus() => WithSetting("Bus:Enabled", "false");
}
