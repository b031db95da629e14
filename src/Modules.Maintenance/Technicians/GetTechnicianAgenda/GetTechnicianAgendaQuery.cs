using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetTechnicianAgenda;

/// <summary>[<see cref="From"/>, <see cref="To"/>): by default the next 7 days from now; at most 62 days.</summary>
internal sealed record GetTechnicianAgendaQuery(Guid Id, DateTimeOffset? From, DateTimeOffset? To) : IQuery<TechnicianAgenda>;
