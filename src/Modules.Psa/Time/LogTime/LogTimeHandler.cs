using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Time.LogTime;

/// <summary>Only the project's team (owner and members) logs time on it; to anyone else the project is not found.</summary>
internal sealed class LogTimeHandler(PsaSession db, ICurrentUser user) : IRequestHandler<LogTimeCommand, TimeEntryDetails>
{
    public async Task<TimeEntryDetails> Handle(LogTimeCommand command, CancellationToken cancellationToken)
    {
        var project = await db.Documents.LoadAsync<Project>(command.ProjectId!.Value, cancellationToken);
        if (project is null || !project.IsTeamMember(user.Id)) throw new NotFoundException("Project", command.ProjectId);
        await db.CheckAsync(project, user.Id, command.TaskId, command.Date!.Value, command.Minutes!.Value, null, cancellationToken);
        var entry = TimeEntry.Log(user.Id, project.Id, command.TaskId, command.Date.Value, command.Minutes.Value, command.Note, command.Billable ?? true);
        db.Insert(entry);
        await db.SaveChangesAsync(cancellationToken);
        return TimeEntryDetails.From(entry);
    }
}
