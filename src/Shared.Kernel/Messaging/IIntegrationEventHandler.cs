namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// Consumes an integration event in the subscribing module. The bus resolves it in a fresh scope, runs it inside a
/// transaction on the subscriber's own module DbContext, and marks the inbox row handled in that same transaction;
/// so the handler writes through that DbContext (or sends a command that does) and never commits elsewhere.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task Handle(TEvent message, MessageContext context, CancellationToken cancellationToken);
}
