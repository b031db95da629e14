using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Sites.RemoveSiteMember;

internal sealed record RemoveSiteMemberCommand(Guid SiteId, Guid UserId) : ICommand<bool>;
