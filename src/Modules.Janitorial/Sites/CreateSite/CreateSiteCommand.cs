using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Sites.CreateSite;

/// <summary>Without <see cref="PassThreshold"/> the service level's default applies (basic 70, standard 80, premium 90).</summary>
internal sealed record CreateSiteCommand(
    string SiteName,
    string SiteCode,
    string Address,
    string ClientName,
    ServiceLevel? ServiceLevel,
    Guid? PrimaryContactId,
    int? PassThreshold,
    bool? ClientSeesInspections,
    string? TimeZone) : ICommand<ClientSiteDetails>, ISiteFields;
