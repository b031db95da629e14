using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Email.ListEmailDeliveries;

internal sealed record ListEmailDeliveriesQuery(QueryEnum<EmailStatus>? Status, Guid? RecipientId, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<EmailDeliverySummary>>, IPagedQuery;
