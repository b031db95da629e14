using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Tasks.DeleteTask;

internal sealed record DeleteTaskCommand(Guid Id) : ICommand<bool>;
