using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.ListEvidence;

/// <summary>Page rules only: evidence comes in upload order, with no sort to choose.</summary>
internal sealed class ListEvidenceValidator : PagingValidator<ListEvidenceQuery>;
