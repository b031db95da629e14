using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Domain;
using static OpsPlatform.Modules.Psa.Tasks.ProjectTaskStatus;

namespace OpsPlatform.Modules.Psa.Tasks;

/// <summary>A piece of a project's work: created, edited and deleted by the project's owner, moved along by its assignee.</summary>
internal sealed class ProjectTask : AggregateRoot
{
    private static readonly Workflow<ProjectTaskStatus> Moves = new("task", new()
    {
        [ToDo] = [InProgress, Blocked],
        [InProgress] = [Done, Blocked, ToDo],
        [Blocked] = [ToDo, InProgress],
        [Done] = [InProgress],
    });

    private ProjectTask() { }

    public Guid ProjectId { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public Guid? AssigneeId { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public TaskPriority Priority { get; private set; }

    /// <summary>The priority as a number (low 1 … urgent 4), so that "-priority" sorts urgent first on an index.</summary>
    public int PriorityRank { get; private set; }

    public decimal? EstimateHours { get; private set; }
    public ProjectTaskStatus Status { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public bool IsOpen => Status != Done;

    public static ProjectTask Create(Project project, TaskDefinition definition)
    {
        project.EnsureNotArchived();
        var task = new ProjectTask { ProjectId = project.Id, Status = ToDo };
        task.Apply(project, definition);
        return task;
    }

    /// <summary>Returns true when the task now has a different assignee.</summary>
    public bool Update(Project project, TaskDefinition definition)
    {
        project.EnsureNotArchived();
        var before = AssigneeId;
        Apply(project, definition);
        return AssigneeId is not null && AssigneeId != before;
    }

    private void Apply(Project project, TaskDefinition d)
    {
        if (d.AssigneeId is { } assignee && !project.IsTeamMember(assignee))
            throw new DomainRuleViolation("A task is assigned to the project's owner or one of its members (not a client viewer).", "assigneeId");
        Title = d.Title.Trim();
        Description = d.Description?.Trim() ?? "";
        AssigneeId = d.AssigneeId;
        DueOn = d.DueOn;
        Priority = d.Priority;
        PriorityRank = (int)d.Priority + 1;
        EstimateHours = d.EstimateHours;
    }

    public void MoveTo(ProjectTaskStatus target, DateTimeOffset now)
    {
        Moves.EnsureAllowed(Status, target);
        Status = target;
        CompletedAt = target == Done ? now : null;
    }

    public string ScheduleKey => $"psa-task-due:{Id:N}";

    /// <summary>When "due soon" is announced: a day before the due date starts (UTC), or at once when that has passed.</summary>
    public DateTimeOffset? DueSoonAt(DateTimeOffset now)
    {
        if (!IsOpen || DueOn is not { } due) return null;
        var dueStarts = new DateTimeOffset(due.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (dueStarts.AddDays(1) <= now) return null; // already past its due day: overdue, not due soon
        var at = dueStarts.AddDays(-1);
        return at < now ? now : at;
    }
}
