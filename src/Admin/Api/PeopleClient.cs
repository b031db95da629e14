namespace OpsPlatform.Admin.Api;

/// <summary>The people picker of managers and admins (<c>/api/auth/people</c>): active people by name or e-mail. Anyone else gets a 403.</summary>
public sealed class PeopleClient(ApiClient api)
{
    public Task<PageOf<Person>> FindAsync(string? search, CancellationToken ct = default) =>
        api.GetPageAsync<Person>(Query.Path("/api/auth/people", ("search", search?.Trim()), ("pageSize", 20)), ct);
}

public sealed record Person(Guid Id, string DisplayName, string? Email);
