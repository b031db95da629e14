using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.ListSites;

internal sealed class ListSitesHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<ListSitesQuery, Paged<SiteSummary>>
{
    public async Task<Paged<SiteSummary>> Handle(ListSitesQuery query, CancellationToken cancellationToken)
    {
        var sites = db.Documents.Query<ClientSite>().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(query.ClientName)) sites = sites.Where(s => s.ClientName == query.ClientName);
        if (query.ServiceLevel is { } level) sites = sites.Where(s => s.ServiceLevel == level.Value);
        if (query.Active is { } active) sites = sites.Where(s => s.Active == active);

        var page = await SiteSortFields.All.Apply(sites, query.Sort).ToPagedAsync(query, cancellationToken);
        return page.Select(s => new SiteSummary(s.Id, s.SiteName, s.SiteCode, s.Address, s.ClientName, s.ServiceLevel, s.Active));
    }
}
