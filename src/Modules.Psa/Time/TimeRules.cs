using Marten;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Modules.Psa.Tasks;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Time;

/// <summary>The checks logging and correcting time share: the task is the project's, and a day holds at most 24 hours.</summary>
internal static class TimeRules
{
    public static async Task CheckAsync(this PsaSession db, Project project, Guid userId, Guid? taskId, DateOnly date, int minutes, Guid? entryId,
        CancellationToken cancellationToken)
    {
        project.EnsureNotArchived();
        if (taskId is { } task && !await db.Documents.Query<ProjectTask>().AnyAsync(t => t.Id == task && t.ProjectId == project.Id, cancellationToken))
            throw new DomainRuleViolation("The task is not one of this project's tasks.", "taskId");
        var other = entryId ?? Guid.Empty;
        var logged = await db.Documents.Query<TimeEntry>().Where(e => e.UserId == userId && e.Date == date && e.Id != other)
            .SumAsync(e => e.Minutes, cancellationToken);
        if (logged + minutes > TimeEntry.MaxMinutesPerDay)
            throw new DomainRuleViolation($"{date:yyyy-MM-dd} already holds {logged} minutes; a day holds at most {TimeEntry.MaxMinutesPerDay}.", "minutes");
    }

    /// <summary>The caller's own entry; anyone else's is not found.</summary>
    public static async Task<TimeEntry> OwnEntryAsync(this PsaSession db, Guid id, Guid userId, CancellationToken cancellationToken)
    {
        var entry = await db.Documents.LoadAsync<TimeEntry>(id, cancellationToken);
        return entry is not null && entry.UserId == userId ? entry : throw new NotFoundException("Time entry", id);
    }
}
