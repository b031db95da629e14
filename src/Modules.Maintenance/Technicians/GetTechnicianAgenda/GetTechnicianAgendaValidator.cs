using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetTechnicianAgenda;

internal sealed class GetTechnicianAgendaValidator : AbstractValidator<GetTechnicianAgendaQuery>
{
    public GetTechnicianAgendaValidator()
    {
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
        RuleFor(q => q.To).Must((q, to) => to!.Value - q.From!.Value <= TimeSpan.FromDays(62))
            .When(q => q.From is not null && q.To > q.From).WithMessage("An agenda covers at most 62 days.");
    }
}
