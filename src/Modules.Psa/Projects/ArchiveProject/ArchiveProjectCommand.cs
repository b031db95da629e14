using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Projects.ArchiveProject;

internal sealed record ArchiveProjectCommand(Guid Id) : ICommand<ProjectDetails>;
