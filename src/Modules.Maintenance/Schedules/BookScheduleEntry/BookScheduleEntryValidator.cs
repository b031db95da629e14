using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.Schedules.BookScheduleEntry;

internal sealed class BookScheduleEntryValidator : AbstractValidator<BookScheduleEntryCommand>
{
    public BookScheduleEntryValidator()
    {
        RuleFor(c => c.TechnicianId).NotNull().WithMessage("'technicianId' is required.");
        RuleFor(c => c.StartsAt).NotNull().WithMessage("'startsAt' is required.");
        RuleFor(c => c.EndsAt).NotNull().WithMessage("'endsAt' is required.");
        RuleFor(c => c.EndsAt).GreaterThan(c => c.StartsAt).When(c => c.StartsAt is not null && c.EndsAt is not null)
            .WithMessage("'endsAt' must be after 'startsAt'.");
        RuleFor(c => c.EndsAt).Must((c, end) => end!.Value - c.StartsAt!.Value <= TimeSpan.FromHours(12))
            .When(c => c.StartsAt is not null && c.EndsAt > c.StartsAt)
            .WithMessage("A booking lasts at most 12 hours; book several.");
    }
}
