using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Sites.UpdateSite;

internal sealed class UpdateSiteHandler(JanitorialSession db) : IRequestHandler<UpdateSiteCommand, ClientSiteDetails>
{
    public async Task<ClientSiteDetails> Handle(UpdateSiteCommand command, CancellationToken cancellationToken)
    {
        var site = await db.Documents.LoadAsync<ClientSite>(command.Id, cancellationToken) ?? throw new NotFoundException("Site", command.Id);
        site.EnsureVersion(command.Version);
        site.Update(SiteDefinition.From(command), command.Active!.Value);
        db.Update(site);
        await db.SaveChangesAsync(cancellationToken);
        return ClientSiteDetails.From(site, withMembers: true);
    }
}
