using OpsPlatform.Admin.Api;
using OpsPlatform.Admin.Modules.Maintenance.Api;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Modules.Janitorial.Calendar;

/// <summary>
/// Names for the crew members a schedule names only by user id (the janitorial module holds no names). What the API
/// lets this user read: admins the user list, managers the maintenance technicians linked to a user; anyone else is
/// unnamed but the signed-in user, who is "You".
/// </summary>
public sealed class CrewNames(IReadOnlyDictionary<Guid, string> known, Guid me)
{
    public static readonly CrewNames None = new(new Dictionary<Guid, string>(), Guid.Empty);

    /// <summary>The unnamed get <paramref name="noun"/> and the end of their id (the start of a version-7 id is its time).</summary>
    public string Of(Guid userId, string noun) =>
        userId == me ? "You" : known.TryGetValue(userId, out var name) ? name : $"{noun} …{userId.ToString("N")[^6..]}";

    public string Of(Guid userId) => Of(userId, "Crew member");

    public static async Task<CrewNames> LoadAsync(AdminUser user, ApiClient api, MaintenanceClient maintenance, CancellationToken ct = default)
    {
        var known = new Dictionary<Guid, string>();
        try
        {
            if (user.IsIn("admin"))
                foreach (var u in (await api.GetPageAsync<UserName>(Query.Path("/api/auth/users", ("pageSize", 100)), ct)).Items)
                    known[u.Id] = u.DisplayName;
            else if (user.IsManager)
                foreach (var t in (await maintenance.ListTechniciansAsync(ct)).Items)
                    if (t.UserId is { } id) known[id] = t.Name;
        }
        catch (ApiProblem)
        {
            // Names are a nicety: the calendar still shows every cleaning.
        }
        return new CrewNames(known, user.Id);
    }

    private sealed record UserName(Guid Id, string DisplayName);
}
