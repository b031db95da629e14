using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Technicians.ListTechnicians;

internal sealed class ListTechniciansValidator : PagedQueryValidator<ListTechniciansQuery, Technician>
{
    public ListTechniciansValidator() : base(TechnicianSortFields.All) => RuleFor(q => q.Skill).MaximumLength(50);
}
