using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.AddMaintenanceLog;

internal sealed class AddMaintenanceLogValidator : AbstractValidator<AddMaintenanceLogCommand>
{
    public AddMaintenanceLogValidator() => this.LogShape(c => c.Entry, c => c.MinutesSpent);
}
