using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Host.Api.Messaging.ListDeadLetters;

internal sealed class ListDeadLettersValidator : AbstractValidator<ListDeadLettersRequest>
{
    public ListDeadLettersValidator(BusRegistry registry)
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' starts at 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage($"'pageSize' must be between 1 and {Paging.MaxPageSize}.");
        RuleFor(q => q.Sort).Must(BeAllowedSort).WithMessage(
            $"'sort' takes fields from: {string.Join(", ", DeadLetterStore.SortColumns.Keys)} (prefix with '-' for descending).");
        RuleFor(q => q.Module).Must(m => m is null || registry.PublisherSchemas.Contains(m))
            .WithMessage($"'module' must be one of: {string.Join(", ", registry.PublisherSchemas)}.");
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
        RuleFor(q => q.Handler).MaximumLength(200);
        RuleFor(q => q.MessageType).MaximumLength(200);
        RuleFor(q => q.ExceptionType).MaximumLength(500);
    }

    private static bool BeAllowedSort(string? sort) =>
        string.IsNullOrWhiteSpace(sort) ||
        sort.Split(',', StringSplitOptions.TrimEntries).All(p => DeadLetterStore.SortColumns.ContainsKey(p.TrimStart('-', '+')));
}
