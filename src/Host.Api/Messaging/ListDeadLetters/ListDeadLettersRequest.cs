using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Messaging.ListDeadLetters;

internal sealed record ListDeadLettersRequest(
    string? Module,
    string? Handler,
    string? MessageType,
    string? ExceptionType,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IPagedQuery;
