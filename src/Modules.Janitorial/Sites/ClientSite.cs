using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Sites;

/// <summary>A client's building the crews clean. Its site code is unique across the module.</summary>
internal sealed class ClientSite : AggregateRoot
{
    private List<SiteMember> _members = [];

    private ClientSite() { }

    public string SiteName { get; private set; } = "";
    public string SiteCode { get; private set; } = "";
    public string Address { get; private set; } = "";
    public string ClientName { get; private set; } = "";
    public ServiceLevel ServiceLevel { get; private set; }
    public Guid PrimaryContactId { get; private set; }
    public bool Active { get; private set; }

    /// <summary>An inspection scoring under this fails (0-100).</summary>
    public int PassThreshold { get; private set; }

    /// <summary>Whether the site's client users may read its inspection outcomes (off unless granted).</summary>
    public bool ClientSeesInspections { get; private set; }

    /// <summary>IANA zone the site's service times are local to.</summary>
    public string TimeZone { get; private set; } = "UTC";

    /// <summary>Stored inside the site's document (the GIN index on the document serves "sites of a member").</summary>
    public IReadOnlyCollection<SiteMember> Members
    {
        get => _members;
        private set => _members = [.. value];
    }

    public static int DefaultPassThreshold(ServiceLevel level) => level switch
    {
        ServiceLevel.Basic => 70,
        ServiceLevel.Standard => 80,
        _ => 90,
    };

    public static ClientSite Create(SiteDefinition definition)
    {
        var site = new ClientSite { Active = true };
        site.Apply(definition);
        return site;
    }

    public void Update(SiteDefinition definition, bool active)
    {
        Apply(definition);
        Active = active;
    }

    public void Assign(Guid userId, SiteRole role, DateTimeOffset now)
    {
        var member = _members.SingleOrDefault(m => m.UserId == userId);
        if (member is null)
        {
            _members.Add(new SiteMember(Id, userId, role, now));
            return;
        }
        if (member.Role == role) return;
        member.Role = role;
        member.AssignedAt = now;
    }

    public bool Unassign(Guid userId) => _members.RemoveAll(m => m.UserId == userId) > 0;

    public void EnsureActive()
    {
        if (!Active) throw new DomainRuleViolation($"Site {SiteCode} is inactive; reactivate it first.", "siteId");
    }

    private void Apply(SiteDefinition d)
    {
        SiteName = d.SiteName.Trim();
        SiteCode = d.SiteCode.Trim();
        Address = d.Address.Trim();
        ClientName = d.ClientName.Trim();
        ServiceLevel = d.ServiceLevel;
        PrimaryContactId = d.PrimaryContactId;
        PassThreshold = d.PassThreshold ?? DefaultPassThreshold(d.ServiceLevel);
        ClientSeesInspections = d.ClientSeesInspections;
        TimeZone = d.TimeZone ?? "UTC";
    }
}
