using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Sites.GetSiteScorecard;

/// <summary>Without <see cref="From"/>/<see cref="To"/>: the twelve months up to today.</summary>
internal sealed record GetSiteScorecardQuery(Guid Id, DateOnly? From, DateOnly? To) : IQuery<SiteScorecard>;
