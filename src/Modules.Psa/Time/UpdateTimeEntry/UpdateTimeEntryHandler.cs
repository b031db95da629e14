using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Time.UpdateTimeEntry;

internal sealed class UpdateTimeEntryHandler(PsaSession db, ICurrentUser user) : IRequestHandler<UpdateTimeEntryCommand, TimeEntryDetails>
{
    public async Task<TimeEntryDetails> Handle(UpdateTimeEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.OwnEntryAsync(command.Id, user.Id, cancellationToken);
        entry.EnsureVersion(command.Version);
        entry.EnsureEditable();
        var project = await db.Documents.LoadAsync<Project>(entry.ProjectId, cancellationToken) ?? throw new NotFoundException("Time entry", command.Id);
        await db.CheckAsync(project, user.Id, command.TaskId, command.Date!.Value, command.Minutes!.Value, entry.Id, cancellationToken);
        entry.Correct(command.TaskId, command.Date.Value, command.Minutes.Value, command.Note, command.Billable ?? entry.Billable);
        db.Update(entry);
        await db.SaveChangesAsync(cancellationToken);
        return TimeEntryDetails.From(entry);
    }
}
