using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Messaging.ListDeadLetters;

internal sealed class ListDeadLettersValidator : PagingValidator<ListDeadLettersRequest>
{
    public ListDeadLettersValidator()
    {
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
        RuleFor(q => q.Queue).MaximumLength(500);
        RuleFor(q => q.MessageType).MaximumLength(200);
        RuleFor(q => q.ExceptionType).MaximumLength(500);
    }
}
