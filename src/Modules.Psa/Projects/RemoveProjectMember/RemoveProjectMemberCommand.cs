using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Projects.RemoveProjectMember;

internal sealed record RemoveProjectMemberCommand(Guid Id, Guid UserId) : ICommand<ProjectDetails>;
