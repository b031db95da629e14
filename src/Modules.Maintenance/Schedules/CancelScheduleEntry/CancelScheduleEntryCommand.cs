using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Schedules.CancelScheduleEntry;

internal sealed record CancelScheduleEntryCommand(Guid Id) : ICommand<bool>;
