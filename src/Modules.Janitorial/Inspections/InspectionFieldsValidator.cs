using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Inspections;

/// <summary>Shape rules for an inspection's fields, shared by record and update.</summary>
internal abstract class InspectionFieldsValidator<T> : AbstractValidator<T> where T : IInspectionFields
{
    protected InspectionFieldsValidator()
    {
        RuleFor(c => c.ScheduleId).NotEqual(Guid.Empty);
        RuleFor(c => c.InspectionDate).NotNull();
        RuleFor(c => c.Score).NotNull().InclusiveBetween(0, 100);
        RuleFor(c => c.Findings).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.CorrectiveActions).MaximumLength(4000);
        RuleFor(c => c.PhotoUrl).MaximumLength(2000).Must(BeAbsoluteHttps!).When(c => !string.IsNullOrWhiteSpace(c.PhotoUrl))
            .WithMessage("'photoUrl' must be an absolute https URL, e.g. https://photos.example.com/lobby.jpg.");
    }

    private static bool BeAbsoluteHttps(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
}
