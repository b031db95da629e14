using System.Buffers.Binary;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsPlatform.Modules.Notifications.Persistence;

namespace OpsPlatform.Modules.Notifications.Email.SendEmail;

/// <summary>
/// One attempt at one delivery, under a transaction advisory lock on its id (any host): a delivery already sent, or
/// given up, is left alone, so a redelivered message or a duplicate never sends a second e-mail; the send and its
/// record ("sent", or "retrying" with the reason and the next attempt scheduled durably in the same commit, or "failed"
/// after the last attempt) commit together with the handled mark of the message. A host that dies after the SMTP
/// server accepted the message but before this commit leaves the delivery pending: the recovered message sends it
/// again, with the same Message-Id (ADR 0013).
/// </summary>
internal sealed class DeliverEmailHandler(NotificationsSession db, MailSender sender, IOptions<MailOptions> options, ILogger<DeliverEmailHandler> logger)
    : IRequestHandler<DeliverEmailCommand, EmailStatus?>
{
    public async Task<EmailStatus?> Handle(DeliverEmailCommand command, CancellationToken cancellationToken)
    {
        await db.LockAsync(LockKey(command.DeliveryId), cancellationToken);
        var delivery = await db.Documents.LoadAsync<EmailDelivery>(command.DeliveryId, cancellationToken);
        if (delivery is null || !delivery.AwaitsAttempt) return delivery?.Status;

        var now = db.Time.GetUtcNow();
        try
        {
            await sender.SendAsync(delivery, cancellationToken);
            delivery.Sent(now);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var settings = options.Value;
            var retryAt = delivery.AttemptFailed($"{ex.GetType().Name}: {ex.Message}", now, settings.MaxAttempts, settings.RetryBackoff);
            if (retryAt is { } at) db.Schedule(new SendEmail(Guid.CreateVersion7(now), now, delivery.Id), at);
            logger.LogWarning(ex, "E-mail {DeliveryId} attempt {Attempt} failed; {Next}", delivery.Id, delivery.Attempts, retryAt is null ? "giving up" : $"retrying at {retryAt:O}");
        }
        db.Update(delivery);
        await db.SaveChangesAsync(cancellationToken);
        return delivery.Status;
    }

    private static long LockKey(Guid id) => BinaryPrimitives.ReadInt64LittleEndian(id.ToByteArray());
}
