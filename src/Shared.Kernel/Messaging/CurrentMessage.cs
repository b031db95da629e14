namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// The message whose handler is running on this async flow. Events a handler publishes take its correlation id and
/// name it as their cause; a module DbContext other than the subscriber's refuses to save while it is set (R19).
/// </summary>
public static class CurrentMessage
{
    private static readonly AsyncLocal<Handling?> Current = new();

    public static Handling? Value => Current.Value;

    public static IDisposable Begin(MessageContext context, string schema)
    {
        var previous = Current.Value;
        Current.Value = new Handling(context, schema);
        return new Restore(previous);
    }

    public sealed record Handling(MessageContext Context, string Schema);

    private sealed class Restore(Handling? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
