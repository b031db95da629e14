using FluentValidation;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Host.Api.Messaging.ReplayDeadLetters;

internal sealed class ReplayDeadLettersValidator : AbstractValidator<ReplayDeadLettersRequest>
{
    public ReplayDeadLettersValidator(BusRegistry registry)
    {
        RuleFor(r => r.MessageType)
            .Must((r, _) => r.Handler is not null || r.MessageType is not null || r.ExceptionType is not null || r.From is not null || r.To is not null)
            .WithMessage("Name what to replay: 'messageType', 'handler', 'exceptionType', or a 'from'/'to' time range.");
        RuleFor(r => r.Module).Must(m => m is null || registry.PublisherSchemas.Contains(m))
            .WithMessage($"'module' must be one of: {string.Join(", ", registry.PublisherSchemas)}.");
        RuleFor(r => r.To).GreaterThan(r => r.From).When(r => r.From is not null && r.To is not null).WithMessage("'to' must be after 'from'.");
        RuleFor(r => r.Handler).MaximumLength(200);
        RuleFor(r => r.MessageType).MaximumLength(200);
        RuleFor(r => r.ExceptionType).MaximumLength(500);
    }
}
