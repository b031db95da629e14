using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace OpsPlatform.Shared.Kernel.Cqrs;

/// <summary>Logs each request's name and duration; slow requests are raised to a warning.</summary>
public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next();
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > SlowThreshold)
                logger.LogWarning("{Request} took {ElapsedMs:F0} ms", typeof(TRequest).Name, elapsed.TotalMilliseconds);
            else if (logger.IsEnabled(LogLevel.Debug))
                logger.LogDebug("{Request} took {ElapsedMs:F1} ms", typeof(TRequest).Name, elapsed.TotalMilliseconds);
        }
    }
}
