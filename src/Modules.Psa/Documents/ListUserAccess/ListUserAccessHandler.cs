using Marten;
using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.ListUserAccess;

/// <summary>A person's document reads: admins see all of them, a project owner those on the projects they own, anyone else none.</summary>
internal sealed class ListUserAccessHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ListUserAccessQuery, Paged<DocumentAccessDetails>>
{
    public async Task<Paged<DocumentAccessDetails>> Handle(ListUserAccessQuery query, CancellationToken cancellationToken)
    {
        var person = query.UserId;
        var entries = db.Documents.Query<DocumentAccessEntry>().Where(e => e.UserId == person);
        if (await db.OwnedProjectIdsAsync(user, cancellationToken) is { } owned)
        {
            if (owned.Length == 0) throw new Shared.Kernel.Domain.NotFoundException("Access log", person);
            entries = entries.Where(e => e.ProjectId.IsOneOf(owned));
        }
        return await entries.NewestFirstAsync(query, cancellationToken);
    }
}
