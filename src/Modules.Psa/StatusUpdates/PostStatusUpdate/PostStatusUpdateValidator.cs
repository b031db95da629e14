using FluentValidation;

namespace OpsPlatform.Modules.Psa.StatusUpdates.PostStatusUpdate;

internal sealed class PostStatusUpdateValidator : AbstractValidator<PostStatusUpdateCommand>
{
    public PostStatusUpdateValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(8000);
        RuleFor(c => c.Health).NotNull().WithMessage("'health' is required: on_track, at_risk or off_track.");
    }
}
