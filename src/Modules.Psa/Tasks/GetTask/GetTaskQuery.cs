using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Tasks.GetTask;

internal sealed record GetTaskQuery(Guid Id) : IQuery<TaskDetails>;
