using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Sites;

namespace OpsPlatform.Modules.Janitorial.Inspections;

internal static class InspectionEvents
{
    public static InspectionRecorded Recorded(ClientSite site, SiteInspection i, IReadOnlyList<Guid> audience, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), now, i.Id, site.Id, site.SiteCode, i.InspectorId, i.Score, i.PassThreshold, i.Passed, audience);

    public static InspectionFailed Failed(ClientSite site, SiteInspection i, IReadOnlyList<Guid> audience, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), now, i.Id, site.Id, site.SiteCode, site.SiteName, site.Address, i.InspectorId, i.Score, i.PassThreshold,
            i.Findings, i.CorrectiveActions, audience);
}
