using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Sites.UpdateSite;

internal sealed class UpdateSiteHandler(JanitorialDbContext db) : IRequestHandler<UpdateSiteCommand, ClientSiteDetails>
{
    public async Task<ClientSiteDetails> Handle(UpdateSiteCommand command, CancellationToken cancellationToken)
    {
        var site = await db.Sites.Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
                   ?? throw new NotFoundException("Site", command.Id);
        site.EnsureVersion(command.Version);
        site.Update(SiteDefinition.From(command), command.Active!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return ClientSiteDetails.From(site, withMembers: true);
    }
}
