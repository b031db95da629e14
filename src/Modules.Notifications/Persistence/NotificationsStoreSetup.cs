using Marten;
using OpsPlatform.Modules.Notifications.Email;
using OpsPlatform.Modules.Notifications.Inbox;
using OpsPlatform.Modules.Notifications.Preferences;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.Notifications.Persistence;

/// <summary>
/// Notifications (a user's inbox), e-mail deliveries (one per notification or digest, with their send status) and
/// preferences (one document per user). Every filter and sort of the API has an index ending with the id tie-break.
/// </summary>
internal static class NotificationsStoreSetup
{
    public static void Configure(StoreOptions options)
    {
        options.Schema.For<Notification>()
            .DocumentAlias("notification")
            .UseOptimisticConcurrency(true)
            .Duplicate(n => n.RecipientId)
            .Duplicate(n => n.Read)
            .Duplicate(n => n.DigestPending)
            .Duplicate(n => n.CreatedAt);
        // The inbox: a user's notifications, unread first, newest first; and the unread count.
        options.Index<Notification>("ix_notifications_inbox", ["recipient_id", "read", "created_at", "id"]);
        // The digest job: pending items per user, oldest first.
        options.Index<Notification>("ix_notifications_digest_pending", ["recipient_id", "created_at", "id"], "digest_pending");

        options.Schema.For<EmailDelivery>()
            .DocumentAlias("email_delivery")
            .UseOptimisticConcurrency(true)
            .Duplicate(e => e.Status)
            .Duplicate(e => e.RecipientId)
            .Duplicate(e => e.CreatedAt);
        options.Index<EmailDelivery>("ix_email_deliveries_created_at", ["created_at", "id"]);
        options.Index<EmailDelivery>("ix_email_deliveries_status", ["status", "created_at", "id"]);
        options.Index<EmailDelivery>("ix_email_deliveries_recipient", ["recipient_id", "created_at", "id"]);

        options.Schema.For<NotificationPreferences>()
            .DocumentAlias("notification_preferences")
            .UseOptimisticConcurrency(true);
    }
}
