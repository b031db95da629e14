namespace OpsPlatform.Admin.Session;

/// <summary>
/// The platform's roles as the API spells them (<c>Identity.Contracts.Roles.All</c>, in that order; a UI test keeps
/// the two lists equal) and what each lets a person do, in words.
/// </summary>
public static class RoleNames
{
    public static readonly IReadOnlyList<string> All = ["admin", "manager", "technician", "inspector", "client", "member"];

    public static string Of(string role) => role switch
    {
        "admin" => "Admin",
        "manager" => "Manager",
        "technician" => "Technician",
        "inspector" => "Inspector",
        "client" => "Client",
        "member" => "Member",
        _ => role,
    };

    public static string What(string role) => role switch
    {
        "admin" => "Everything, including accounts and the message bus",
        "manager" => "Runs every module's work: boards, assignments, plans, reports",
        "technician" => "Works the maintenance orders assigned to them",
        "inspector" => "Records inspections at the sites they are on",
        "client" => "Sees their own sites and the results granted to them",
        "member" => "Signed up; requests maintenance",
        _ => "",
    };
}
