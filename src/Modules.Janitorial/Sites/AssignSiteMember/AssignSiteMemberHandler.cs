using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Sites.AssignSiteMember;

internal sealed class AssignSiteMemberHandler(JanitorialSession db) : IRequestHandler<AssignSiteMemberCommand, ClientSiteDetails>
{
    public async Task<ClientSiteDetails> Handle(AssignSiteMemberCommand command, CancellationToken cancellationToken)
    {
        var site = await db.Documents.LoadAsync<ClientSite>(command.SiteId, cancellationToken) ?? throw new NotFoundException("Site", command.SiteId);
        site.Assign(command.UserId, command.Role!.Value, db.Time.GetUtcNow());
        db.Update(site);
        await db.SaveChangesAsync(cancellationToken);
        return ClientSiteDetails.From(site, withMembers: true);
    }
}
