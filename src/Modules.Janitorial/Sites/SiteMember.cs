namespace OpsPlatform.Modules.Janitorial.Sites;

/// <summary>A user assigned to a client site (part of the site aggregate).</summary>
internal sealed class SiteMember
{
    private SiteMember() { }

    public SiteMember(Guid siteId, Guid userId, SiteRole role, DateTimeOffset assignedAt)
    {
        SiteId = siteId;
        UserId = userId;
        Role = role;
        AssignedAt = assignedAt;
    }

    public Guid SiteId { get; private init; }
    public Guid UserId { get; private init; }
    public SiteRole Role { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}
