using OpsPlatform.Admin.Api;

namespace OpsPlatform.Admin.Modules.Administration.Api;

/// <summary>The platform's admin API, typed, as the signed-in user: accounts (<c>/api/auth/users</c>) and the bus (<c>/api/admin/bus</c>). The API answers 403 to anyone but an admin.</summary>
public sealed class AdministrationClient(ApiClient api)
{
    private const string Users = "/api/auth/users";
    private const string Bus = "/api/admin/bus";

    public Task<PageOf<UserAccount>> ListUsersAsync(string? search, string? role, int page, CancellationToken ct = default) =>
        api.GetPageAsync<UserAccount>(Query.Path(Users, ("search", search?.Trim()), ("role", role), ("page", page), ("pageSize", 20)), ct);

    public Task<UserAccount> OpenAccountAsync(NewAccount account, CancellationToken ct = default) =>
        api.PostAsync<UserAccount>(Users, account, ct);

    public Task SetRolesAsync(Guid id, IEnumerable<string> roles, CancellationToken ct = default) =>
        api.PutAsync<object>($"{Users}/{id}/roles", new { roles = roles.ToArray() }, ct);

    public Task<UserAccount> DeactivateAsync(Guid id, CancellationToken ct = default) =>
        api.PostAsync<UserAccount>($"{Users}/{id}/deactivate", null, ct);

    public Task<UserAccount> ReactivateAsync(Guid id, CancellationToken ct = default) =>
        api.PostAsync<UserAccount>($"{Users}/{id}/reactivate", null, ct);

    public Task<BusCounts> GetBusCountsAsync(CancellationToken ct = default) =>
        api.GetAsync<BusCounts>($"{Bus}/counts", ct);

    public Task<PageOf<DeadLetter>> ListDeadLettersAsync(string? queue, string? messageType, int page, CancellationToken ct = default) =>
        api.GetPageAsync<DeadLetter>(Query.Path($"{Bus}/dead-letters", ("queue", queue?.Trim()), ("messageType", messageType?.Trim()), ("page", page), ("pageSize", 20)), ct);

    public Task<DeadLetterDetails> GetDeadLetterAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<DeadLetterDetails>($"{Bus}/dead-letters/{id}", ct);

    public Task<ReplayResult> ReplayAsync(Guid id, CancellationToken ct = default) =>
        api.PostAsync<ReplayResult>($"{Bus}/dead-letters/{id}/replay", null, ct);

    public Task<ReplayResult> ReplayMatchingAsync(string? queue, string? messageType, CancellationToken ct = default) =>
        api.PostAsync<ReplayResult>($"{Bus}/dead-letters/replay", new { queue = Blank(queue), messageType = Blank(messageType) }, ct);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
