using Wolverine;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// Consumes an integration event in the subscribing module: a Wolverine handler on its own durable local queue. When it
/// depends on its module's DbContext, Wolverine runs it in a transaction on that context and marks the envelope handled
/// in the same transaction; so the handler writes through that DbContext (or sends a command that does) and never
/// commits elsewhere. A failure is retried with backoff, then dead-lettered.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> : IWolverineHandler where TEvent : IIntegrationEvent
{
    Task Handle(TEvent message, CancellationToken cancellationToken);
}
