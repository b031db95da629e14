namespace OpsPlatform.Modules.Notifications.Email;

internal enum EmailStatus
{
    /// <summary>Waiting for its first attempt.</summary>
    Pending,

    /// <summary>An attempt failed; the next one is scheduled.</summary>
    Retrying,

    /// <summary>The SMTP server accepted it.</summary>
    Sent,

    /// <summary>Every attempt failed (the last reason is kept); an admin may retry it.</summary>
    Failed,
}
