using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Janitorial.Schedules.MarkMissedOccurrences;

namespace OpsPlatform.Modules.Janitorial.Tests.Schedules.MarkMissedOccurrences;

public sealed class MarkMissedOccurrencesJobTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    // Dates lie ahead of the real clock, so only hosts on RunJobAt's clock reach them (their own periodic run may
    // mark them first, hence assertions on rows and events rather than on the count one run returns).
    /// <summary>Runs the job once on a host whose clock reads <paramref name="now"/>, on this class's database.</summary>
    internal static async Task<int> RunJobAt(ApiFactory api, DateTimeOffset now)
    {
        await using var timed = ApiFactory.ForDatabase(api.ConnectionString, new ManualClock(now));
        await using var scope = timed.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MarkMissedOccurrencesJob>().MarkMissedAsync(CancellationToken.None);
    }

    private Task<string?> Status(Guid id) => api.ScalarAsync<string>("SELECT status FROM janitorial.mt_doc_cleaning_schedule WHERE id = $1", id);

    [Fact]
    public async Task Occurrences_not_started_by_their_end_time_become_missed_and_raise_ScheduleMissed_once()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var notStarted = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2030-01-05", "08:00", "10:00");
        var started = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2030-01-05", "10:00", "11:00");
        await (await crew.Technician.Http.ChangeStatus(started, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        var stillRunning = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2030-01-05", "12:00", "14:00");

        await RunJobAt(api, new DateTimeOffset(2030, 1, 5, 13, 0, 0, TimeSpan.Zero));
        (await RunJobAt(api, new DateTimeOffset(2030, 1, 5, 13, 0, 0, TimeSpan.Zero))).ShouldBe(0);

        (await Status(notStarted)).ShouldBe("Missed");
        (await Status(started)).ShouldBe("InProgress");
        (await Status(stillRunning)).ShouldBe("Scheduled");
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.live_events WHERE message_type = 'janitorial.schedule-missed' AND payload->>'scheduleId' = $1", notStarted.ToString())).ShouldBe(1);
        (await api.ScalarAsync<string>("SELECT payload->'visibleToUserIds'->>0 FROM janitorial.live_events WHERE payload->>'scheduleId' = $1 AND message_type = 'janitorial.schedule-missed'", notStarted.ToString()))
            .ShouldBe(crew.Technician.UserId.ToString());
    }

    [Fact]
    public async Task A_missed_occurrence_is_final_for_the_crew()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2030-02-02", "08:00", "09:00");
        await RunJobAt(api, new DateTimeOffset(2030, 2, 2, 9, 1, 0, TimeSpan.Zero));

        await (await crew.Technician.Http.ChangeStatus(schedule, "in_progress")).ShouldBeProblem(HttpStatusCode.Conflict, "status");
    }

    [Fact]
    public async Task More_than_a_batch_is_marked_in_one_run()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var plan = await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId, "2031-01-01", "06:00", "06:30", "daily", "2031-12-31")))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var series = plan.GetProperty("seriesId").GetGuid();
        var plan2 = await (await crew.Manager.PlanCleaning(JanitorialApi.Plan(crew.SiteId, crew.Technician.UserId, "2032-01-01", "06:00", "06:30", "daily", "2032-12-31")))
            .ShouldHaveStatus(HttpStatusCode.Created);

        await RunJobAt(api, new DateTimeOffset(2033, 1, 1, 0, 0, 0, TimeSpan.Zero));

        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_cleaning_schedule WHERE series_id IN ($1, $2) AND status = 'Missed'", series, plan2.GetProperty("seriesId").GetGuid()))
            .ShouldBe(365 + 366);
    }
}
