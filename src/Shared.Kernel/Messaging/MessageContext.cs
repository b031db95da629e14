namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>The envelope of the message being handled: who caused it and how often it has been tried.</summary>
public sealed record MessageContext(Guid MessageId, Guid CorrelationId, Guid? CausationId, string SourceModule, string Handler, int Attempt);
