using MediatR;
using OpsPlatform.Modules.Notifications.Contracts;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Notifications.Inbox.ReceiveNotification;

/// <summary>Every module's <see cref="Notify"/> arrives here, on this handler's durable queue.</summary>
public sealed class NotifyHandler(IMediator mediator) : IIntegrationEventHandler<Notify>
{
    public Task Handle(Notify message, CancellationToken cancellationToken) =>
        mediator.Send(new ReceiveNotificationCommand(message), cancellationToken);
}
