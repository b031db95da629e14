using System.Net;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Reports;

/// <summary>A host on a hand-set clock, so ages and durations are exact.</summary>
public sealed class ClockedApi : ApiFactory
{
    public ManualClock Time { get; } = new(new DateTimeOffset(2030, 6, 1, 8, 0, 0, TimeSpan.Zero));

    public ClockedApi() => Clock = Time;
}

/// <summary>The three reports (open by priority and age, mean time to complete, overdue), each on its own database.</summary>
public sealed class ReportTests(ClockedApi api) : IClassFixture<ClockedApi>
{
    [Fact]
    public async Task Reports_count_open_work_by_age_time_to_complete_from_the_transitions_and_overdue_work()
    {
        var crew = await api.CrewAsync();
        var http = crew.Manager.Http;
        var start = api.Time.GetUtcNow();

        // 40 days ago: an urgent one still open and overdue. 3 days ago: a high one. Now: two low ones, one to be completed.
        api.Time.Set(start.AddDays(-40));
        await http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, priority: "urgent", dueAt: start.AddDays(-30)));
        api.Time.Set(start.AddDays(-3));
        await http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, priority: "high", dueAt: start.AddDays(5)));
        api.Time.Set(start);
        await http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, priority: "low"));
        var done = (await http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, priority: "low", dueAt: start.AddHours(1)))).GetProperty("id").GetGuid();
        await (await http.Assign(done, crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);
        // Access tokens expire with the hand-set clock moving hours ahead: sign in again after each jump.
        api.Time.Advance(TimeSpan.FromHours(2));
        await (await (await api.SignInAsync(crew.Technician.Email, ApiFactory.Password)).ChangeStatus(done, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        api.Time.Advance(TimeSpan.FromHours(3));
        await (await (await api.SignInAsync(crew.Technician.Email, ApiFactory.Password)).ChangeStatus(done, "completed")).ShouldHaveStatus(HttpStatusCode.OK);
        api.Time.Advance(TimeSpan.FromMinutes(1));
        http = await api.SignInAsync(crew.Manager.Email, ApiFactory.Password);

        var open = await Get(http, "open-work-orders");
        open.GetProperty("total").GetInt64().ShouldBe(3);
        var urgent = Line(open, "urgent");
        urgent.GetProperty("overThirtyDays").GetInt64().ShouldBe(1);
        urgent.GetProperty("oldestAgeDays").GetDouble().ShouldBe(40.21, 0.01); // 40 days and 5 hours
        Line(open, "high").GetProperty("oneToSevenDays").GetInt64().ShouldBe(1);
        Line(open, "low").GetProperty("underOneDay").GetInt64().ShouldBe(1);
        Line(open, "medium").GetProperty("total").GetInt64().ShouldBe(0);

        var times = await Get(http, "completion-times");
        var equipment = times.GetProperty("perEquipment").EnumerateArray().Single();
        equipment.GetProperty("equipmentId").GetGuid().ShouldBe(crew.EquipmentId);
        equipment.GetProperty("meanHoursToComplete").GetDouble().ShouldBe(5);
        equipment.GetProperty("meanHoursOfWork").GetDouble().ShouldBe(3);
        times.GetProperty("perPriority").EnumerateArray().Single().GetProperty("priority").GetString().ShouldBe("low");

        var overdue = await Get(http, "overdue");
        overdue.GetProperty("overdue").GetInt64().ShouldBe(1, "the completed one was due an hour in, but it is done");
        overdue.GetProperty("byPriority").EnumerateArray().Single(p => p.GetProperty("priority").GetString() == "urgent").GetProperty("overdue").GetInt64().ShouldBe(1);
    }

    [Theory]
    [InlineData("open-work-orders")]
    [InlineData("completion-times")]
    [InlineData("overdue")]
    public async Task Reports_are_for_managers(string report)
    {
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);

        await (await technician.Http.GetAsync($"/api/maintenance/reports/{report}")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> Get(HttpClient http, string report) =>
        await (await http.GetAsync($"/api/maintenance/reports/{report}")).ShouldHaveStatus(HttpStatusCode.OK);

    private static JsonElement Line(JsonElement report, string priority) =>
        report.GetProperty("byPriority").EnumerateArray().Single(l => l.GetProperty("priority").GetString() == priority);
}
