namespace OpsPlatform.Admin.Navigation;

/// <summary>
/// A module's entry in the navigation: its group title and its links. Each module registers one in its own folder
/// (<c>services.AddAdminNav(...)</c>), so a module team adds pages without touching another module's.
/// </summary>
public sealed record AdminNavGroup(string Title, string Icon, int Order, IReadOnlyList<AdminNavLink> Links);
