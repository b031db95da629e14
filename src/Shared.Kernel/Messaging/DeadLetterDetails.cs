using System.Text.Json;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>A dead letter with its envelope's payload and the failure's stack trace.</summary>
public sealed record DeadLetterDetails(DeadLetter DeadLetter, JsonElement Payload, string? StackTrace);
