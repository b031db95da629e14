using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Time.GetBudgetBurn;

internal sealed record GetBudgetBurnQuery(Guid Id) : IQuery<BudgetBurn>;
