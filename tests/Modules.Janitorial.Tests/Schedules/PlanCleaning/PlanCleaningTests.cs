using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Schedules.PlanCleaning;

public sealed class PlanCleaningTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_weekly_plan_stores_each_occurrence_and_raises_one_CleaningScheduled_for_the_crew_member()
    {
        var crew = await CrewAtSite.CreateAsync(api);

        var response = await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId, "2030-01-07", frequency: "weekly", repeatUntil: "2030-02-04"));

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        body.GetProperty("occurrenceCount").GetInt32().ShouldBe(5);
        body.GetProperty("lastServiceDate").GetString().ShouldBe("2030-02-04");
        var first = body.GetProperty("first");
        first.GetProperty("status").GetString().ShouldBe("scheduled");
        first.GetProperty("frequency").GetString().ShouldBe("weekly");
        var seriesId = body.GetProperty("seriesId").GetGuid();
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_cleaning_schedule WHERE series_id = $1", seriesId)).ShouldBe(5);

        var payload = JsonDocument.Parse((await api.ScalarAsync<string>(
            "SELECT payload::text FROM janitorial.live_events WHERE message_type = 'janitorial.cleaning-scheduled' AND payload->>'seriesId' = $1", seriesId.ToString()))!).RootElement;
        payload.GetProperty("scheduleId").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        payload.GetProperty("occurrenceCount").GetInt32().ShouldBe(5);
        payload.GetProperty("visibleToUserIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([crew.Technician.UserId]);
    }

    [Fact]
    public async Task Times_are_local_to_the_site()
    {
        var crew = await CrewAtSite.CreateAsync(api, timeZone: "Europe/Berlin");

        var body = await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId, "2030-07-01", "08:00", "09:30")))
            .ShouldHaveStatus(HttpStatusCode.Created);

        body.GetProperty("first").GetProperty("startsAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2030, 7, 1, 6, 0, 0, TimeSpan.Zero));
        body.GetProperty("first").GetProperty("endsAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2030, 7, 1, 7, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_crew_member_double_booked_at_another_site_is_a_409_and_nothing_of_the_plan_is_stored()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var otherSite = await crew.Manager.NewSiteId();
        await crew.Manager.Assign(otherSite, crew.Technician.UserId, "technician");
        var booked = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2030-01-14", "08:00", "10:00");

        var response = await crew.Manager.PlanCleaning(JanitorialApi.Plan(otherSite, crew.Technician.UserId, "2030-01-07", "09:30", "11:00", "weekly", "2030-01-28"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict, "assignedTo");
        problem.GetProperty("conflictingScheduleIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([booked]);
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_cleaning_schedule WHERE site_id = $1", otherSite)).ShouldBe(0);
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.live_events WHERE payload->>'siteId' = $1", otherSite.ToString())).ShouldBe(0);
    }

    [Fact]
    public async Task Back_to_back_slots_and_a_cancelled_booking_do_not_count_as_double_booking()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2030-03-01", "08:00", "10:00");
        var cancelled = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2030-03-01", "12:00", "13:00");
        await (await crew.Manager.ChangeStatus(cancelled, "cancelled")).ShouldHaveStatus(HttpStatusCode.OK);

        await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId, "2030-03-01", "10:00", "12:30")))
            .ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Concurrent_plans_for_the_same_slot_book_the_crew_member_once()
    {
        var crew = await CrewAtSite.CreateAsync(api);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId, "2030-04-01", "08:00", "09:00"))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(7);
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_cleaning_schedule WHERE assigned_to = $1", crew.Technician.UserId)).ShouldBe(1);
    }

    [Fact]
    public async Task The_assignee_must_be_a_technician_assigned_to_the_site()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var outsider = await api.SignInAsNewUserAsync(Roles.Technician);
        var inspector = await crew.AddMemberAsync(api, Roles.Inspector);

        await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, outsider.UserId))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "assignedTo");
        await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, inspector.UserId))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "assignedTo");
    }

    [Fact]
    public async Task A_recurring_plan_without_an_end_is_a_422_naming_repeatUntil()
    {
        var crew = await CrewAtSite.CreateAsync(api);

        var response = await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId, frequency: "daily"));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "repeatUntil");
    }

    [Fact]
    public async Task An_end_before_the_start_and_missing_fields_are_named_in_a_400()
    {
        var crew = await CrewAtSite.CreateAsync(api);

        await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId, start: "10:00", end: "09:00")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "endTime");
        await (await crew.Manager.PostAsJsonAsync(JanitorialApi.Schedules, new { notes = "x" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "siteId", "assignedTo", "serviceDate", "startTime", "endTime", "frequency");
        await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId, start: "25:00")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "startTime");
    }

    [Fact]
    public async Task An_inactive_site_takes_no_new_cleanings_and_an_unknown_one_is_a_404()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var site = await (await crew.Manager.GetAsync($"{JanitorialApi.Sites}/{crew.SiteId}")).ShouldHaveStatus(HttpStatusCode.OK);
        var change = JsonSerializer.SerializeToNode(JanitorialApi.NewSite(site.GetProperty("siteCode").GetString()))!.AsObject();
        change["active"] = false;
        change["version"] = site.GetProperty("version").GetInt32();
        await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Sites}/{crew.SiteId}", change)).ShouldHaveStatus(HttpStatusCode.OK);

        await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "siteId");
        await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(Guid.NewGuid(), crew.Technician.UserId))).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Roles.Technician)]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Client)]
    public async Task Only_managers_assign_schedules(string role)
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var caller = await crew.AddMemberAsync(api, role);

        var response = await caller.Http.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
