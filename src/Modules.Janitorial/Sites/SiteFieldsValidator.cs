using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Sites;

/// <summary>Shape rules for a site's fields, shared by create and update.</summary>
internal abstract class SiteFieldsValidator<T> : AbstractValidator<T> where T : ISiteFields
{
    protected SiteFieldsValidator()
    {
        RuleFor(c => c.SiteName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.SiteCode).NotEmpty().MaximumLength(40).Matches("^[A-Za-z0-9][A-Za-z0-9_-]*$")
            .WithMessage("'siteCode' may hold letters, digits, '-' and '_' only.");
        RuleFor(c => c.Address).NotEmpty().MaximumLength(500);
        RuleFor(c => c.ClientName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.ServiceLevel).NotNull();
        RuleFor(c => c.PrimaryContactId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.PassThreshold).InclusiveBetween(0, 100);
        RuleFor(c => c.TimeZone).MaximumLength(64).Must(z => z is null || TimeZoneInfo.TryFindSystemTimeZoneById(z, out _))
            .WithMessage("'timeZone' must be an IANA time zone such as 'Europe/Berlin'.");
    }
}
