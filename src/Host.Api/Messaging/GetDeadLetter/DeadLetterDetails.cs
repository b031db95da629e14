using System.Text.Json;

namespace OpsPlatform.Host.Api.Messaging.GetDeadLetter;

/// <summary>A dead letter with its message as stored (Wolverine keeps the exception's type and message, not its stack trace).</summary>
internal sealed record DeadLetterDetails(DeadLetter DeadLetter, JsonElement Payload);
