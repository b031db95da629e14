using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Messaging.ListDeadLetters;

internal sealed record ListDeadLettersRequest(
    string? Queue,
    string? MessageType,
    string? ExceptionType,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int? Page,
    int? PageSize,
    bool? Count) : IPagedQuery
{
    public string? Sort => null;
}
