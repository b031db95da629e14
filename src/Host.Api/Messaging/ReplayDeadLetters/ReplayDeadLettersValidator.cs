using FluentValidation;

namespace OpsPlatform.Host.Api.Messaging.ReplayDeadLetters;

internal sealed class ReplayDeadLettersValidator : AbstractValidator<ReplayDeadLettersRequest>
{
    public ReplayDeadLettersValidator()
    {
        RuleFor(r => r.MessageType)
            .Must((r, _) => r.Queue is not null || r.MessageType is not null || r.ExceptionType is not null || r.From is not null || r.To is not null)
            .WithMessage("Name what to replay: 'messageType', 'queue', 'exceptionType', or a 'from'/'to' time range.");
        RuleFor(r => r.To).GreaterThan(r => r.From).When(r => r.From is not null && r.To is not null).WithMessage("'to' must be after 'from'.");
        RuleFor(r => r.Queue).MaximumLength(500);
        RuleFor(r => r.MessageType).MaximumLength(200);
        RuleFor(r => r.ExceptionType).MaximumLength(500);
    }
}
