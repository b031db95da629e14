using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.RecordMaintenance;

internal sealed class RecordMaintenanceValidator : AbstractValidator<RecordMaintenanceCommand>
{
    public RecordMaintenanceValidator()
    {
        RuleFor(c => c.Kind).NotNull();
        RuleFor(c => c.PerformedOn).NotNull();
        RuleFor(c => c.Details).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.Cost).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.Vendor).MaximumLength(200);
    }
}
