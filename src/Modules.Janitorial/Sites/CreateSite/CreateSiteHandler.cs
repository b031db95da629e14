using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;

namespace OpsPlatform.Modules.Janitorial.Sites.CreateSite;

internal sealed class CreateSiteHandler(JanitorialSession db) : IRequestHandler<CreateSiteCommand, ClientSiteDetails>
{
    public async Task<ClientSiteDetails> Handle(CreateSiteCommand command, CancellationToken cancellationToken)
    {
        var site = ClientSite.Create(SiteDefinition.From(command));
        db.Insert(site);
        await db.SaveChangesAsync(cancellationToken);
        return ClientSiteDetails.From(site, withMembers: true);
    }
}
