using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.People;

internal sealed record ListPeopleRequest(string? Search, int? Page, int? PageSize, bool? Count) : IPagedQuery
{
    public string? Sort => null;
}
