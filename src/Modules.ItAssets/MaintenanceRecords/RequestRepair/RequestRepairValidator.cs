using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.RequestRepair;

internal sealed class RequestRepairValidator : AbstractValidator<RequestRepairCommand>
{
    public RequestRepairValidator()
    {
        RuleFor(c => c.Details).NotEmpty().MaximumLength(3000);
        RuleFor(c => c.Vendor).MaximumLength(200);
    }
}
