using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests;

/// <summary>A manager, an active site and a technician assigned to it: the set-up most janitorial tests start from.</summary>
internal sealed record CrewAtSite(HttpClient Manager, Guid SiteId, SignedInClient Technician)
{
    public static async Task<CrewAtSite> CreateAsync(ApiFactory api, string? timeZone = null, bool clientSeesInspections = false, int? passThreshold = null)
    {
        var manager = (await api.SignInAsNewUserAsync(Roles.Manager)).Http;
        var siteId = await manager.NewSiteId(timeZone: timeZone, clientSeesInspections: clientSeesInspections, passThreshold: passThreshold);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        await manager.Assign(siteId, technician.UserId, "technician");
        return new CrewAtSite(manager, siteId, technician);
    }

    /// <summary>A new user with the role, assigned to this site in the same role.</summary>
    public async Task<SignedInClient> AddMemberAsync(ApiFactory api, string role)
    {
        var user = await api.SignInAsNewUserAsync(role);
        await Manager.Assign(SiteId, user.UserId, role);
        return user;
    }
}
