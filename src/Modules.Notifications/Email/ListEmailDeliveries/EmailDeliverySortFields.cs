using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Email.ListEmailDeliveries;

/// <summary>Indexes <c>ix_email_deliveries_created_at</c>, <c>_status</c> and <c>_recipient</c> (each ending with created_at, id).</summary>
internal static class EmailDeliverySortFields
{
    public static readonly SortFields<EmailDelivery> All = new SortFields<EmailDelivery>("-createdAt")
        .Add("createdAt", e => e.CreatedAt);
}
