using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.CorrectMaintenanceLog;

internal sealed class CorrectMaintenanceLogValidator : AbstractValidator<CorrectMaintenanceLogCommand>
{
    public CorrectMaintenanceLogValidator()
    {
        this.LogShape(c => c.Entry, c => c.MinutesSpent);
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
    }
}
