namespace OpsPlatform.Host.Api.Messaging.ReplayDeadLetter;

/// <summary>How many dead letters went back into an inbox (0 when their message had been handled meanwhile).</summary>
internal sealed record ReplayResult(int Replayed);
