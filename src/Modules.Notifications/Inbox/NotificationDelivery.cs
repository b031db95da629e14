namespace OpsPlatform.Modules.Notifications.Inbox;

/// <summary>How a user gets notifications of one kind. Every choice but <see cref="Off"/> puts them in the inbox.</summary>
internal enum NotificationDelivery
{
    /// <summary>The inbox and the live stream only.</summary>
    InApp,

    /// <summary>The inbox and one e-mail per notification.</summary>
    Email,

    /// <summary>The inbox and one e-mail a day listing the day's items, at the user's morning.</summary>
    Digest,

    /// <summary>Nothing at all.</summary>
    Off,
}
