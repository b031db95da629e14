using Wolverine;

namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>
/// Consumes an integration event in the subscribing module: a Wolverine handler on its own durable local queue. It
/// writes through its module's session (or sends a command that does): that session's commit also marks the envelope
/// handled, in the same transaction, so the handler never commits elsewhere. A failure is retried with backoff, then
/// dead-lettered.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> : IWolverineHandler where TEvent : IIntegrationEvent
{
    Task Handle(TEvent message, CancellationToken cancellationToken);
}
