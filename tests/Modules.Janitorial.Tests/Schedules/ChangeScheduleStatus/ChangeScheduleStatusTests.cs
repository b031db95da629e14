using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Schedules.ChangeScheduleStatus;

public sealed class ChangeScheduleStatusTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_technician_starts_and_completes_their_own_cleaning()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);

        await (await crew.Technician.Http.ChangeStatus(schedule, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        var body = await (await crew.Technician.Http.ChangeStatus(schedule, "completed")).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("status").GetString().ShouldBe("completed");
        body.GetProperty("version").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task A_technician_cannot_change_a_colleagues_schedule_it_is_a_404()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var colleague = await crew.AddMemberAsync(api, Roles.Technician);
        var theirs = await crew.Manager.NewScheduleId(crew.SiteId, colleague.UserId);

        await (await crew.Technician.Http.ChangeStatus(theirs, "in_progress")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await api.ScalarAsync<string>("SELECT status FROM janitorial.mt_doc_cleaning_schedule WHERE id = $1", theirs)).ShouldBe("Scheduled");
    }

    [Fact]
    public async Task A_transition_not_allowed_now_is_a_409_naming_the_allowed_ones()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);

        var problem = await (await crew.Technician.Http.ChangeStatus(schedule, "completed")).ShouldBeProblem(HttpStatusCode.Conflict, "status");

        problem.GetProperty("allowedStatuses").EnumerateArray().Select(e => e.GetString()).ShouldBe(["in_progress", "cancelled"]);
    }

    [Fact]
    public async Task Missed_is_set_by_the_system_only()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);

        await (await crew.Manager.ChangeStatus(schedule, "missed")).ShouldBeProblem(HttpStatusCode.BadRequest, "status");
    }

    [Theory]
    [InlineData(Roles.Client)]
    [InlineData(Roles.Inspector)]
    public async Task Clients_and_inspectors_may_not_change_a_schedules_status(string role)
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var caller = await crew.AddMemberAsync(api, role);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);

        await (await caller.Http.ChangeStatus(schedule, "in_progress")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
