using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.GetSite;

internal sealed class GetSiteHandler(JanitorialDbContext db, ICurrentUser user) : IRequestHandler<GetSiteQuery, ClientSiteDetails>
{
    public async Task<ClientSiteDetails> Handle(GetSiteQuery query, CancellationToken cancellationToken)
    {
        var sites = db.Sites.AsNoTracking().VisibleTo(user);
        if (user.IsManager) sites = sites.Include(s => s.Members);
        var site = await sites.SingleOrDefaultAsync(s => s.Id == query.Id, cancellationToken)
                   ?? throw new NotFoundException("Site", query.Id);
        return ClientSiteDetails.From(site, withMembers: user.IsManager);
    }
}
