using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpsPlatform.Testing;

/// <summary>
/// Keeps every entry the host logs, after the host's own level filters, e.g.
/// <c>api.WithServices(s =&gt; s.AddSingleton&lt;ILoggerProvider&gt;(capture))</c>.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        // LogLevel.None means "not logged" (Wolverine passes it for its control messages): like every real provider, skip it.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
        }
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : " " + Exception.GetType().Name)}";
}
