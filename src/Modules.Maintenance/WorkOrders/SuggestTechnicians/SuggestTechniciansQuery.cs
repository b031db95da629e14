using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.SuggestTechnicians;

/// <summary><see cref="Id"/> is the work order; <see cref="WeekOf"/> any day of the week to plan (default: this week).</summary>
internal sealed record SuggestTechniciansQuery(Guid Id, DateOnly? WeekOf) : IQuery<IReadOnlyList<TechnicianSuggestion>>;
