using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Time.GetUtilization;

/// <summary><see cref="Weeks"/> weeks (1 by default, at most 12) from the Monday <see cref="From"/>.</summary>
internal sealed record GetUtilizationQuery(DateOnly? From, int? Weeks, Guid? UserId) : IQuery<IReadOnlyList<WeeklyUtilization>>;
