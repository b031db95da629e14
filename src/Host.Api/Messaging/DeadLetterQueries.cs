using JasperFx.Core;
using Wolverine.Persistence.Durability.DeadLetterManagement;

namespace OpsPlatform.Host.Api.Messaging;

internal static class DeadLetterQueries
{
    /// <summary>Wolverine's dead-letter query for the criteria given (null = any).</summary>
    public static DeadLetterEnvelopeQuery Matching(string? queue, string? messageType, string? exceptionType, DateTimeOffset? from, DateTimeOffset? to) =>
        new(new TimeRange(from, to))
        {
            ReceivedAt = queue,
            MessageType = messageType,
            ExceptionType = exceptionType,
        };
}
