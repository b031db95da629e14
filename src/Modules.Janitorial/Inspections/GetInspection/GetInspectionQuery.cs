using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inspections.GetInspection;

internal sealed record GetInspectionQuery(Guid Id) : IQuery<InspectionDetails>;
