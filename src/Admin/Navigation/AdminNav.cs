using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Navigation;

/// <summary>Every registered module group, in order, and the start page each user lands on.</summary>
public sealed class AdminNav(IEnumerable<AdminNavGroup> groups)
{
    public const string Fallback = "/admin/welcome";

    public IReadOnlyList<AdminNavGroup> Groups { get; } = groups.OrderBy(g => g.Order).ThenBy(g => g.Title).ToArray();

    public IEnumerable<(AdminNavGroup Group, IReadOnlyList<AdminNavLink> Links)> For(AdminUser user) =>
        Groups.Select(g => (g, (IReadOnlyList<AdminNavLink>)g.Links.Where(l => l.IsShownTo(user)).ToArray())).Where(g => g.Item2.Count > 0);

    /// <summary>The first link, in navigation order, that names itself the start page for this user.</summary>
    public string StartPageFor(AdminUser user) =>
        Groups.SelectMany(g => g.Links).FirstOrDefault(l => l.StartFor?.Invoke(user) == true && l.IsShownTo(user))?.Href ?? Fallback;
}

public static class AdminNavRegistration
{
    public static IServiceCollection AddAdminNav(this IServiceCollection services, AdminNavGroup group) => services.AddSingleton(group);
}
