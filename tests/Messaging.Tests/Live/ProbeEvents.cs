namespace OpsPlatform.Messaging.Tests.Live;

internal static class ProbeEvents
{
    /// <summary>The probe's <c>Pinged.Key</c> of a streamed event.</summary>
    public static string Key(this SseEvent e) => e.Payload.GetProperty("key").GetString()!;
}
