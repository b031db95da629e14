using MediatR;
using OpsPlatform.Modules.Notifications.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Email.ListEmailDeliveries;

internal sealed class ListEmailDeliveriesHandler(NotificationsSession db) : IRequestHandler<ListEmailDeliveriesQuery, Paged<EmailDeliverySummary>>
{
    public Task<Paged<EmailDeliverySummary>> Handle(ListEmailDeliveriesQuery query, CancellationToken cancellationToken)
    {
        IQueryable<EmailDelivery> deliveries = db.Documents.Query<EmailDelivery>();
        if (query.Status is { } status) deliveries = deliveries.Where(e => e.Status == status.Value);
        if (query.RecipientId is { } recipient) deliveries = deliveries.Where(e => e.RecipientId == recipient);
        return EmailDeliverySortFields.All.Apply(deliveries, query.Sort)
            .Select(e => new EmailDeliverySummary(e.Id, e.Kind, e.RecipientId, e.To, e.Subject, e.Status, e.Attempts, e.LastError,
                e.LastAttemptAt, e.NextAttemptAt, e.SentAt, e.CreatedAt, e.Version))
            .ToPagedAsync(query, cancellationToken);
    }
}
