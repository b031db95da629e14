using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inspections.UpdateInspection;

/// <summary><see cref="Version"/> is the version the caller read.</summary>
internal sealed record UpdateInspectionCommand(
    Guid? ScheduleId,
    DateOnly? InspectionDate,
    int? Score,
    string Findings,
    string? CorrectiveActions,
    string? PhotoUrl,
    int? Version) : ICommand<InspectionDetails>, IInspectionFields
{
    [JsonIgnore] public Guid Id { get; init; }
}
