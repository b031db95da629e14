using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Projects.DeleteProject;

internal sealed record DeleteProjectCommand(Guid Id) : ICommand<bool>;
