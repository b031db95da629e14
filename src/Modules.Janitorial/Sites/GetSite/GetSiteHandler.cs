using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.GetSite;

internal sealed class GetSiteHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<GetSiteQuery, ClientSiteDetails>
{
    public async Task<ClientSiteDetails> Handle(GetSiteQuery query, CancellationToken cancellationToken)
    {
        var site = await db.Documents.Query<ClientSite>().VisibleTo(user).SingleOrDefaultAsync(s => s.Id == query.Id, cancellationToken)
                   ?? throw new NotFoundException("Site", query.Id);
        return ClientSiteDetails.From(site, withMembers: user.IsManager);
    }
}
