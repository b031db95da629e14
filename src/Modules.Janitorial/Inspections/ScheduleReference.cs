using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Schedules;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inspections;

internal static class ScheduleReference
{
    /// <summary>The cleaning an inspection names, if it names one; an unknown id is a 422 on <c>scheduleId</c>.</summary>
    public static async Task<CleaningSchedule?> ReferencedScheduleAsync(this JanitorialSession db, Guid? scheduleId, CancellationToken cancellationToken)
    {
        if (scheduleId is not { } id) return null;
        return await db.Documents.LoadAsync<CleaningSchedule>(id, cancellationToken)
               ?? throw new DomainRuleViolation("No cleaning schedule has this id.", "scheduleId");
    }
}
