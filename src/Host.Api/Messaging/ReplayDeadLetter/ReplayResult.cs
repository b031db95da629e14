namespace OpsPlatform.Host.Api.Messaging.ReplayDeadLetter;

/// <summary>How many dead letters were marked for replay; Wolverine's durability agent moves them back to their queues.</summary>
internal sealed record ReplayResult(int Replayed);
