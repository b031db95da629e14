using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Tasks.AnnounceTaskDueSoon;

namespace OpsPlatform.Modules.Psa.Tasks;

/// <summary>
/// Keeps a task's one pending "due soon" reminder (a durable scheduled message under the task's business key) in step
/// with its due date and status, in the same unit of work as the change. Call after changing the task, before saving.
/// </summary>
internal static class TaskDueSoonSchedule
{
    public static void RescheduleDueSoon(this PsaSession db, ProjectTask task, DateTimeOffset now)
    {
        if (task.DueSoonAt(now) is { } at && task.DueOn is { } due)
            db.Schedule(new TaskDueSoonReminder(Guid.CreateVersion7(now), now, task.Id, due), at, task.ScheduleKey);
        else
            db.CancelScheduled(task.ScheduleKey);
    }
}
