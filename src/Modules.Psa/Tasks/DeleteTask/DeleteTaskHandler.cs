using Marten;
using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Time;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Tasks.DeleteTask;

/// <summary>A task with time logged against it stays (the time would lose its task); it can be marked done instead.</summary>
internal sealed class DeleteTaskHandler(PsaSession db, ICurrentUser user) : IRequestHandler<DeleteTaskCommand, bool>
{
    public async Task<bool> Handle(DeleteTaskCommand command, CancellationToken cancellationToken)
    {
        var (task, project) = await db.TaskToEditAsync(command.Id, user, cancellationToken);
        project.EnsureNotArchived();
        if (await db.Documents.Query<TimeEntry>().AnyAsync(e => e.TaskId == task.Id, cancellationToken))
            throw new DomainRuleViolation("Time has been logged on this task; it cannot be deleted. Mark it done instead.");
        db.Documents.Delete(task);
        db.CancelScheduled(task.ScheduleKey);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
