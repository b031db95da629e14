namespace OpsPlatform.Modules.Janitorial.Sites;

internal sealed record SiteMemberDetails(Guid UserId, SiteRole Role, DateTimeOffset AssignedAt);
