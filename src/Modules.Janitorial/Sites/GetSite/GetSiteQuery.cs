using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Sites.GetSite;

internal sealed record GetSiteQuery(Guid Id) : IQuery<ClientSiteDetails>;
