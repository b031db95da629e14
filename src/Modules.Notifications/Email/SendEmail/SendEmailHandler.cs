using MediatR;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Notifications.Email.SendEmail;

/// <summary>The bus's entry to <see cref="DeliverEmailHandler"/>: on its own durable queue, retried by the bus on database errors.</summary>
public sealed class SendEmailHandler(IMediator mediator) : IIntegrationEventHandler<SendEmail>
{
    public Task Handle(SendEmail message, CancellationToken cancellationToken) =>
        mediator.Send(new DeliverEmailCommand(message.DeliveryId), cancellationToken);
}
