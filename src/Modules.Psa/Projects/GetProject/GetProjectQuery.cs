using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Projects.GetProject;

internal sealed record GetProjectQuery(Guid Id) : IQuery<ProjectDetails>;
