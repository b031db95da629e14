using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Sites.AssignSiteMember;

/// <summary>Assigns a user to the site in a role; assigning a member again changes their role.</summary>
internal sealed record AssignSiteMemberCommand(SiteRole? Role) : ICommand<ClientSiteDetails>
{
    [JsonIgnore] public Guid SiteId { get; init; }
    [JsonIgnore] public Guid UserId { get; init; }
}
