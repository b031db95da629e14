using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Schedules.GetSchedule;

internal sealed record GetScheduleQuery(Guid Id) : IQuery<ScheduleDetails>;
