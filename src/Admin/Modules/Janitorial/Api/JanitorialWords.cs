namespace OpsPlatform.Admin.Modules.Janitorial.Api;

/// <summary>A cleaning occurrence's states, in workflow order.</summary>
public enum CleaningStatus
{
    Scheduled,
    InProgress,
    Completed,
    Missed,
    Cancelled,
}

public enum Frequency
{
    Once,
    Daily,
    Weekly,
    Biweekly,
    Monthly,
}

public enum ServiceLevel
{
    Basic,
    Standard,
    Premium,
}

public enum SiteRole
{
    Technician,
    Inspector,
    Client,
}
