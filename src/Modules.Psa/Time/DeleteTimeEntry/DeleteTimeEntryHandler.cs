using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.DeleteTimeEntry;

internal sealed class DeleteTimeEntryHandler(PsaSession db, ICurrentUser user) : IRequestHandler<DeleteTimeEntryCommand, bool>
{
    public async Task<bool> Handle(DeleteTimeEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.OwnEntryAsync(command.Id, user.Id, cancellationToken);
        entry.EnsureEditable();
        db.Documents.Delete(entry);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
