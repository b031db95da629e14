using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Sites.UpdateSite;

/// <summary><see cref="Version"/> is the version the caller read; a newer one on the server means 409.</summary>
internal sealed record UpdateSiteCommand(
    string SiteName,
    string SiteCode,
    string Address,
    string ClientName,
    ServiceLevel? ServiceLevel,
    Guid? PrimaryContactId,
    int? PassThreshold,
    bool? ClientSeesInspections,
    string? TimeZone,
    bool? Active,
    int? Version) : ICommand<ClientSiteDetails>, ISiteFields
{
    [JsonIgnore] public Guid Id { get; init; }
}
