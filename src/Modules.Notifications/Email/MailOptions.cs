namespace OpsPlatform.Modules.Notifications.Email;

/// <summary>
/// Configuration section <c>Notifications:Mail</c>. With <see cref="SmtpHost"/> set, e-mail goes to that SMTP server;
/// without it, each message is written as an <c>.eml</c> file to <see cref="PickupDirectory"/> (development).
/// </summary>
internal sealed class MailOptions
{
    public const string Section = "Notifications:Mail";

    public string From { get; set; } = "OpsPlatform <notifications@ops.local>";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;

    /// <summary><c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> (default) or <c>SslOnConnect</c>.</summary>
    public string SmtpSecurity { get; set; } = "StartTlsWhenAvailable";

    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where e-mail goes without an SMTP host (relative to the host's content root).</summary>
    public string PickupDirectory { get; set; } = ".data/mail";

    /// <summary>Absolute base of the links in e-mails (the admin UI's origin).</summary>
    public string LinkBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Attempts per e-mail before it is marked failed (an admin can retry it then).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the second attempt; doubled for each further one.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the digest job looks for users whose morning has come.</summary>
    public TimeSpan DigestCheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
