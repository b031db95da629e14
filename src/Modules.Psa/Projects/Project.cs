using OpsPlatform.Shared.Kernel.Domain;
using static OpsPlatform.Modules.Psa.Projects.ProjectStatus;

namespace OpsPlatform.Modules.Psa.Projects;

/// <summary>
/// A client engagement with a unique code, run by its owner (a manager), worked on by its members and followed by the
/// client's viewers. Its status moves planned → active ⇄ on hold → completed, or cancelled, and keeps its history.
/// </summary>
internal sealed class Project : AggregateRoot
{
    private static readonly Workflow<ProjectStatus> Moves = new("project", new()
    {
        [Planned] = [Active, Cancelled],
        [Active] = [OnHold, Completed, Cancelled],
        [OnHold] = [Active, Completed, Cancelled],
        [Completed] = [],
        [Cancelled] = [],
    });

    private List<ProjectMember> _members = [];
    private List<StatusChange> _history = [];

    private Project() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string ClientName { get; private set; } = "";
    public string Description { get; private set; } = "";
    public ProjectStatus Status { get; private set; }
    public Guid OwnerId { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public decimal? BudgetHours { get; private set; }
    public decimal? BudgetAmount { get; private set; }

    /// <summary>What an hour of billable time costs the client; turns hours into the amount a budget burns.</summary>
    public decimal? HourlyRate { get; private set; }

    public bool Archived { get; private set; }

    /// <summary>Inside the document; the GIN index on the document serves "the projects of a member".</summary>
    public IReadOnlyCollection<ProjectMember> Members
    {
        get => _members;
        private set => _members = [.. value];
    }

    public IReadOnlyList<StatusChange> History
    {
        get => _history;
        private set => _history = [.. value];
    }

    public static Project Create(string code, ProjectDefinition definition, Guid ownerId)
    {
        var project = new Project { Code = code.Trim().ToUpperInvariant(), Status = Planned, OwnerId = ownerId };
        project.Apply(definition);
        return project;
    }

    public void Update(ProjectDefinition definition)
    {
        EnsureNotArchived();
        Apply(definition);
    }

    private void Apply(ProjectDefinition d)
    {
        if (d.StartsOn is { } start && d.DueOn is { } due && due < start)
            throw new DomainRuleViolation("A project cannot be due before it starts.", "dueOn");
        Name = d.Name.Trim();
        ClientName = d.ClientName.Trim();
        Description = d.Description?.Trim() ?? "";
        StartsOn = d.StartsOn;
        DueOn = d.DueOn;
        BudgetHours = d.BudgetHours;
        BudgetAmount = d.BudgetAmount;
        HourlyRate = d.HourlyRate;
    }

    public void MoveTo(ProjectStatus target, Guid by, string? reason, DateTimeOffset now)
    {
        EnsureNotArchived();
        Moves.EnsureAllowed(Status, target);
        _history.Add(new StatusChange(Status, target, by, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        Status = target;
    }

    /// <summary>Only a finished project (completed or cancelled) is archived; it is read-only from then on.</summary>
    public void Archive()
    {
        EnsureNotArchived();
        if (Status is not (Completed or Cancelled))
            throw new ConflictException($"Only a completed or cancelled project can be archived; this one is '{Word(Status)}'.",
                new Dictionary<string, string[]> { ["status"] = ["Complete or cancel the project first."] });
        Archived = true;
    }

    public void AddMember(Guid userId, ProjectRole role, DateTimeOffset now)
    {
        EnsureNotArchived();
        if (userId == OwnerId) throw new DomainRuleViolation("The owner runs the project and is not added as a member.", "userId");
        _members.RemoveAll(m => m.UserId == userId);
        _members.Add(new ProjectMember(userId, role, now));
    }

    public void RemoveMember(Guid userId)
    {
        EnsureNotArchived();
        if (_members.RemoveAll(m => m.UserId == userId) == 0) throw new NotFoundException("Project member", userId);
    }

    public ProjectRole? RoleOf(Guid userId) => _members.FirstOrDefault(m => m.UserId == userId)?.Role;

    /// <summary>The owner and the members who work on the project (not the client's viewers).</summary>
    public bool IsTeamMember(Guid userId) => userId == OwnerId || RoleOf(userId) == ProjectRole.Member;

    public void EnsureNotArchived()
    {
        if (Archived) throw new ConflictException("This project is archived and can no longer change.");
    }

    /// <summary>A project whose work has been recorded is history: it is cancelled and archived, never deleted.</summary>
    public static void EnsureDeletable(int tasks, int documents, int timeEntries)
    {
        if (tasks + documents + timeEntries > 0)
            throw new DomainRuleViolation(
                $"This project has {tasks} task(s), {documents} document(s) and {timeEntries} time entr(ies); only an empty project can be deleted. Cancel and archive it instead.");
    }

    private static string Word(ProjectStatus status) => Workflow<ProjectStatus>.Word(status);
}
