using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Navigation;

/// <summary>
/// One page in the navigation. <see cref="ShownTo"/> only hides links a user would get nothing from; the API still
/// decides what each request may see. <see cref="StartFor"/> marks the page a user lands on after signing in.
/// </summary>
public sealed record AdminNavLink(
    string Title,
    string Href,
    string Icon,
    Func<AdminUser, bool>? ShownTo = null,
    Func<AdminUser, bool>? StartFor = null)
{
    public bool IsShownTo(AdminUser user) => ShownTo?.Invoke(user) ?? true;
}
