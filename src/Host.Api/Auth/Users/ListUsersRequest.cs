using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.Users;

internal sealed record ListUsersRequest(string? Role, string? Search, int? Page, int? PageSize, bool? Count) : IPagedQuery
{
    public string? Sort => null;
}
