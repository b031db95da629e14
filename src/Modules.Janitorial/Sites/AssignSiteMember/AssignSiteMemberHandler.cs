using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Sites.AssignSiteMember;

internal sealed class AssignSiteMemberHandler(JanitorialDbContext db) : IRequestHandler<AssignSiteMemberCommand, ClientSiteDetails>
{
    public async Task<ClientSiteDetails> Handle(AssignSiteMemberCommand command, CancellationToken cancellationToken)
    {
        var site = await db.Sites.Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == command.SiteId, cancellationToken)
                   ?? throw new NotFoundException("Site", command.SiteId);
        site.Assign(command.UserId, command.Role!.Value, db.Time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ClientSiteDetails.From(site, withMembers: true);
    }
}
