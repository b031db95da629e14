using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Schedules.RescheduleCleaning;

public sealed class RescheduleCleaningTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static object Move(Guid assignee, string date, string start, string end, int version) =>
        new { assignedTo = assignee, serviceDate = date, startTime = start, endTime = end, notes = "moved", version };

    [Fact]
    public async Task A_manager_moves_an_occurrence_to_another_crew_member_and_day()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var colleague = await crew.AddMemberAsync(api, Roles.Technician);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);

        var body = await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Schedules}/{schedule}", Move(colleague.UserId, "2030-01-08", "14:00", "15:00", 1)))
            .ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("assignedTo").GetGuid().ShouldBe(colleague.UserId);
        body.GetProperty("serviceDate").GetString().ShouldBe("2030-01-08");
        body.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Moving_onto_another_booking_is_a_409_but_moving_within_its_own_slot_is_not()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2030-01-07", "08:00", "10:00");
        var other = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2030-01-07", "11:00", "12:00");

        await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Schedules}/{other}", Move(crew.Technician.UserId, "2030-01-07", "09:00", "11:00", 1)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "assignedTo");
        await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Schedules}/{other}", Move(crew.Technician.UserId, "2030-01-07", "11:30", "12:30", 1)))
            .ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_started_occurrence_or_a_stale_version_cannot_be_moved()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);
        await (await crew.Technician.Http.ChangeStatus(schedule, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);

        await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Schedules}/{schedule}", Move(crew.Technician.UserId, "2030-01-09", "08:00", "09:00", 1)))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Schedules}/{schedule}", Move(crew.Technician.UserId, "2030-01-09", "08:00", "09:00", 2)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "status");
    }

    [Fact]
    public async Task A_technician_may_not_move_even_their_own_schedule()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);

        await (await crew.Technician.Http.PutAsJsonAsync($"{JanitorialApi.Schedules}/{schedule}", Move(crew.Technician.UserId, "2030-01-09", "08:00", "09:00", 1)))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
