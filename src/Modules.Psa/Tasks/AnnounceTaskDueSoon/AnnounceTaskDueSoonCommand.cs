using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Tasks.AnnounceTaskDueSoon;

/// <summary>True when the announcement was made; false for a task deleted, done or moved to another date meanwhile.</summary>
internal sealed record AnnounceTaskDueSoonCommand(Guid TaskId, DateOnly DueOn) : ICommand<bool>;
