using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Inspections.UpdateInspection;

public sealed class UpdateInspectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static object Correction(int score, int version) =>
        new { inspectionDate = "2026-11-21", score, findings = "Restrooms missed", correctiveActions = (string?)null, photoUrl = (string?)null, version };

    [Fact]
    public async Task An_inspector_corrects_a_pass_into_a_failure_which_raises_InspectionFailed()
    {
        var crew = await CrewAtSite.CreateAsync(api, passThreshold: 80);
        var inspector = await crew.AddMemberAsync(api, Roles.Inspector);
        var id = await inspector.Http.NewInspectionId(crew.SiteId, score: 90);

        var body = await (await inspector.Http.PutAsJsonAsync($"{JanitorialApi.Inspections}/{id}", Correction(50, 1))).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("passed").GetBoolean().ShouldBeFalse();
        body.GetProperty("findings").GetString().ShouldBe("Restrooms missed");
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.live_events WHERE message_type = 'janitorial.inspection-failed' AND payload->>'inspectionId' = $1", id.ToString())).ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_version_is_a_409()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var id = await crew.Manager.NewInspectionId(crew.SiteId);
        await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Inspections}/{id}", Correction(70, 1))).ShouldHaveStatus(HttpStatusCode.OK);

        await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Inspections}/{id}", Correction(60, 1))).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_inspector_of_another_site_gets_404_and_a_technician_403()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var id = await crew.Technician.Http.NewInspectionId(crew.SiteId);
        var elsewhere = await CrewAtSite.CreateAsync(api);
        var otherInspector = await elsewhere.AddMemberAsync(api, Roles.Inspector);

        await (await otherInspector.Http.PutAsJsonAsync($"{JanitorialApi.Inspections}/{id}", Correction(10, 1))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await crew.Technician.Http.PutAsJsonAsync($"{JanitorialApi.Inspections}/{id}", Correction(10, 1))).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await api.ScalarAsync<int>("SELECT score FROM janitorial.mt_doc_site_inspection WHERE id = $1", id)).ShouldBe(85);
    }
}
