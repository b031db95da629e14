using MediatR;
using OpsPlatform.Modules.Notifications.Email.SendEmail;
using OpsPlatform.Modules.Notifications.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Notifications.Email.RetryEmailDelivery;

/// <summary>Gives a failed e-mail a fresh round of attempts; the first is queued in the same commit. Anything but failed is a 409.</summary>
internal sealed class RetryEmailDeliveryHandler(NotificationsSession db) : IRequestHandler<RetryEmailDeliveryCommand, bool>
{
    public async Task<bool> Handle(RetryEmailDeliveryCommand command, CancellationToken cancellationToken)
    {
        var delivery = await db.Documents.LoadAsync<EmailDelivery>(command.Id, cancellationToken) ?? throw new NotFoundException("E-mail", command.Id);
        delivery.EnsureVersion(command.Version);
        delivery.Retry();
        db.Update(delivery);
        var now = db.Time.GetUtcNow();
        db.Send(new SendEmail.SendEmail(Guid.CreateVersion7(now), now, delivery.Id));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
