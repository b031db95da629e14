using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inspections.RecordInspection;

internal sealed record RecordInspectionCommand(
    Guid? SiteId,
    Guid? ScheduleId,
    DateOnly? InspectionDate,
    int? Score,
    string Findings,
    string? CorrectiveActions,
    string? PhotoUrl) : ICommand<InspectionDetails>, IInspectionFields;
