using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Schedules.ListSchedules;

public sealed class ListSchedulesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_technician_sees_only_their_own_schedules_even_when_asking_for_someone_elses()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var colleague = await crew.AddMemberAsync(api, Roles.Technician);
        var mine = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);
        var theirs = await crew.Manager.NewScheduleId(crew.SiteId, colleague.UserId);

        (await (await crew.Technician.Http.GetAsync(JanitorialApi.Schedules)).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBe([mine]);
        (await (await crew.Technician.Http.GetAsync($"{JanitorialApi.Schedules}?assignedTo={colleague.UserId}")).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBeEmpty();
        await (await crew.Technician.Http.GetAsync($"{JanitorialApi.Schedules}/{theirs}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await crew.Technician.Http.GetAsync($"{JanitorialApi.Schedules}/{mine}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_inspector_sees_the_schedules_of_the_sites_they_inspect_only()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var inspector = await crew.AddMemberAsync(api, Roles.Inspector);
        var here = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);
        var elsewhere = await CrewAtSite.CreateAsync(api);
        var there = await elsewhere.Manager.NewScheduleId(elsewhere.SiteId, elsewhere.Technician.UserId);

        (await (await inspector.Http.GetAsync(JanitorialApi.Schedules)).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBe([here]);
        await (await inspector.Http.GetAsync($"{JanitorialApi.Schedules}/{there}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_client_sees_no_schedules_even_at_their_own_site()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var client = await crew.AddMemberAsync(api, Roles.Client);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);

        (await (await client.Http.GetAsync(JanitorialApi.Schedules)).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBeEmpty();
        await (await client.Http.GetAsync($"{JanitorialApi.Schedules}/{schedule}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_schedule_carries_its_site_name()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);

        var body = await (await crew.Manager.GetAsync($"{JanitorialApi.Schedules}?siteId={crew.SiteId}")).ShouldHaveStatus(HttpStatusCode.OK);

        body.Items().Single().GetProperty("siteName").GetString().ShouldBe("Acme HQ");
    }

    [Fact]
    public async Task A_plans_occurrences_for_a_date_range_come_in_date_order()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var plan = await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId, "2030-05-01", frequency: "daily", repeatUntil: "2030-05-31")))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var series = plan.GetProperty("seriesId").GetGuid();

        var week = await (await crew.Technician.Http.GetAsync($"{JanitorialApi.Schedules}?seriesId={series}&from=2030-05-06&to=2030-05-12")).ShouldHaveStatus(HttpStatusCode.OK);

        week.Items().Select(s => s.GetProperty("serviceDate").GetString())
            .ShouldBe(["2030-05-06", "2030-05-07", "2030-05-08", "2030-05-09", "2030-05-10", "2030-05-11", "2030-05-12"]);
        var byStatus = await (await crew.Manager.GetAsync($"{JanitorialApi.Schedules}?siteId={crew.SiteId}&status=scheduled&pageSize=1&sort=-serviceDate&count=true")).ShouldHaveStatus(HttpStatusCode.OK);
        byStatus.GetProperty("totalItems").GetInt64().ShouldBe(31);
        byStatus.Items().Single().GetProperty("serviceDate").GetString().ShouldBe("2030-05-31");
    }

    [Theory]
    [InlineData("from=2030-02-01&to=2030-01-01", "to")]
    [InlineData("status=done", "status")]
    [InlineData("sort=notes", "sort")]
    [InlineData("from=yesterday", "from")]
    public async Task Bad_filters_are_named_in_a_400(string query, string field)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.GetAsync($"{JanitorialApi.Schedules}?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }
}
