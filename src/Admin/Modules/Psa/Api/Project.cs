namespace OpsPlatform.Admin.Modules.Psa.Api;

public enum ProjectStatus { Planned, Active, OnHold, Completed, Cancelled }

public enum ProjectRole { Member, ClientViewer }

/// <summary>What every member of a project may see of it, client viewers included.</summary>
public sealed record ProjectSummary(Guid Id, string Code, string Name, string ClientName, ProjectStatus Status, Guid OwnerId, DateOnly? DueOn, bool Archived);

public sealed record ProjectMember(Guid UserId, ProjectRole Role, DateTimeOffset AddedAt);

public sealed record ProjectDetails(
    Guid Id, string Code, string Name, string ClientName, string Description, ProjectStatus Status, Guid OwnerId,
    DateOnly? StartsOn, DateOnly? DueOn, decimal? BudgetHours, decimal? BudgetAmount, decimal? HourlyRate, bool Archived,
    IReadOnlyList<ProjectMember> Members, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record BudgetBurn(
    Guid ProjectId, decimal? BudgetHours, decimal? BudgetAmount, decimal? HourlyRate, decimal LoggedHours, decimal BillableHours, decimal ApprovedHours,
    decimal? BurnedAmount, decimal? RemainingHours, decimal? HoursBurnedPercent, decimal? AmountBurnedPercent);

public enum Health { OnTrack, AtRisk, OffTrack }

public sealed record ProgressSnapshot(int TasksDone, int TasksTotal, decimal HoursSpent, decimal? BudgetHours);

public sealed record StatusUpdate(Guid Id, Guid ProjectId, string Text, Health Health, Guid AuthorId, DateTimeOffset PostedAt, ProgressSnapshot Progress);
