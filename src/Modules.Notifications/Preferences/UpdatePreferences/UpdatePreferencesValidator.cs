using FluentValidation;

namespace OpsPlatform.Modules.Notifications.Preferences.UpdatePreferences;

internal sealed partial class UpdatePreferencesValidator : AbstractValidator<UpdatePreferencesCommand>
{
    public UpdatePreferencesValidator()
    {
        RuleFor(c => c.TimeZone).NotEmpty().MaximumLength(100);
        RuleFor(c => c.TimeZone).Must(zone => TimeZoneInfo.TryFindSystemTimeZoneById(zone!, out _)).When(c => c.TimeZone is { Length: > 0 and <= 100 })
            .WithMessage("'timeZone' must be an IANA time zone such as 'Europe/Berlin'.");
        RuleFor(c => c.Kinds).Must(k => k is null || k.Count <= 100).WithMessage("At most 100 kinds at once.");
        RuleFor(c => c.Kinds).Must(k => k is null || k.Keys.All(KindName().IsMatch))
            .WithMessage(c => $"'{c.Kinds!.Keys.First(k => !KindName().IsMatch(k))}' is not a kind: kinds are '<module>.<kebab-name>', e.g. 'maintenance.work-order-assigned'.");
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][a-z0-9-]{0,40}\\.[a-z][a-z0-9-]{0,80}$")]
    private static partial System.Text.RegularExpressions.Regex KindName();
}
