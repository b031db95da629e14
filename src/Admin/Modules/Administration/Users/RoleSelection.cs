using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Modules.Administration.Users;

/// <summary>The roles ticked in a form, in the platform's order, and whether they differ from what the user has.</summary>
public sealed class RoleSelection(IEnumerable<string> current)
{
    private readonly HashSet<string> _original = [.. current];
    private readonly HashSet<string> _chosen = [.. current];

    public bool Has(string role) => _chosen.Contains(role);

    public void Set(string role, bool on)
    {
        if (on) _chosen.Add(role);
        else _chosen.Remove(role);
    }

    /// <summary>What to send: the known roles ticked, in order, then any the UI does not know, kept as they were.</summary>
    public string[] Chosen => [.. RoleNames.All.Where(_chosen.Contains), .. _chosen.Except(RoleNames.All).Order(StringComparer.Ordinal)];

    public bool Changed => !_chosen.SetEquals(_original);
}
