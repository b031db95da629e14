using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Inspections.RecordInspection;

public sealed class RecordInspectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<JsonElement?> Event(string type, Guid inspectionId)
    {
        var payload = await api.ScalarAsync<string>("SELECT payload::text FROM janitorial.live_events WHERE message_type = $1 AND payload->>'inspectionId' = $2", type, inspectionId.ToString());
        return payload is null ? null : JsonDocument.Parse(payload).RootElement.Clone();
    }

    [Fact]
    public async Task A_score_under_the_threshold_fails_and_raises_InspectionFailed_for_the_inspector_and_the_crew_member()
    {
        var crew = await CrewAtSite.CreateAsync(api, passThreshold: 80);
        var inspector = await crew.AddMemberAsync(api, Roles.Inspector);
        await crew.AddMemberAsync(api, Roles.Client);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);

        var response = await inspector.Http.RecordInspection(JanitorialApi.Inspection(crew.SiteId, 79, schedule));

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var id = body.GetProperty("id").GetGuid();
        body.GetProperty("passed").GetBoolean().ShouldBeFalse();
        body.GetProperty("passThreshold").GetInt32().ShouldBe(80);
        body.GetProperty("inspectorId").GetGuid().ShouldBe(inspector.UserId);
        var failed = (await Event("janitorial.inspection-failed", id)).ShouldNotBeNull();
        failed.GetProperty("score").GetInt32().ShouldBe(79);
        failed.GetProperty("findings").GetString().ShouldBe("Lobby floor streaked");
        // The client users are not told: this site does not grant them inspection outcomes.
        failed.GetProperty("visibleToUserIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([inspector.UserId, crew.Technician.UserId], ignoreOrder: true);
        (await Event("janitorial.inspection-recorded", id)).ShouldNotBeNull().GetProperty("passed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_passing_score_raises_only_InspectionRecorded_and_a_granting_site_tells_its_clients()
    {
        var crew = await CrewAtSite.CreateAsync(api, clientSeesInspections: true, passThreshold: 80);
        var client = await crew.AddMemberAsync(api, Roles.Client);

        var id = await crew.Technician.Http.NewInspectionId(crew.SiteId, score: 80);

        (await Event("janitorial.inspection-failed", id)).ShouldBeNull();
        var recorded = (await Event("janitorial.inspection-recorded", id)).ShouldNotBeNull();
        recorded.GetProperty("passed").GetBoolean().ShouldBeTrue();
        recorded.GetProperty("visibleToUserIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([crew.Technician.UserId, client.UserId], ignoreOrder: true);
    }

    [Fact]
    public async Task Inspectors_and_technicians_record_only_at_sites_they_are_assigned_to()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var outsiderInspector = await api.SignInAsNewUserAsync(Roles.Inspector);
        var outsiderTechnician = await api.SignInAsNewUserAsync(Roles.Technician);

        await (await outsiderInspector.Http.RecordInspection(JanitorialApi.Inspection(crew.SiteId))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await outsiderTechnician.Http.RecordInspection(JanitorialApi.Inspection(crew.SiteId))).ShouldBeProblem(HttpStatusCode.NotFound);
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_site_inspection WHERE site_id = $1", crew.SiteId)).ShouldBe(0);
    }

    [Theory]
    [InlineData(Roles.Client)]
    [InlineData(Roles.Member)]
    public async Task Clients_and_members_may_not_record_inspections(string role)
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var caller = await api.SignInAsNewUserAsync(role);
        if (role == Roles.Client) await crew.Manager.Assign(crew.SiteId, caller.UserId, "client");

        await (await caller.Http.RecordInspection(JanitorialApi.Inspection(crew.SiteId))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_schedule_of_another_site_or_an_unknown_one_is_a_422_naming_scheduleId()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var elsewhere = await CrewAtSite.CreateAsync(api);
        var foreignSchedule = await elsewhere.Manager.NewScheduleId(elsewhere.SiteId, elsewhere.Technician.UserId);

        await (await crew.Manager.RecordInspection(JanitorialApi.Inspection(crew.SiteId, scheduleId: foreignSchedule))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "scheduleId");
        await (await crew.Manager.RecordInspection(JanitorialApi.Inspection(crew.SiteId, scheduleId: Guid.NewGuid()))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "scheduleId");
    }

    [Theory]
    [InlineData("http://photos.example.com/a.jpg")]
    [InlineData("/photos/a.jpg")]
    [InlineData("https://")]
    [InlineData("ftp://photos.example.com/a.jpg")]
    public async Task A_photo_url_that_is_not_absolute_https_is_named_in_a_400(string photoUrl)
    {
        var crew = await CrewAtSite.CreateAsync(api);

        await (await crew.Manager.RecordInspection(JanitorialApi.Inspection(crew.SiteId, photoUrl: photoUrl))).ShouldBeProblem(HttpStatusCode.BadRequest, "photoUrl");
    }

    [Fact]
    public async Task Out_of_range_scores_missing_fields_and_future_dates_are_refused()
    {
        var crew = await CrewAtSite.CreateAsync(api);

        await (await crew.Manager.RecordInspection(JanitorialApi.Inspection(crew.SiteId, 101))).ShouldBeProblem(HttpStatusCode.BadRequest, "score");
        await (await crew.Manager.PostAsJsonAsync(JanitorialApi.Inspections, new { photoUrl = "https://x.example/a.jpg" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "siteId", "inspectionDate", "score", "findings");
        await (await crew.Manager.RecordInspection(JanitorialApi.Inspection(crew.SiteId, date: "2999-01-01"))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "inspectionDate");
    }
}
