using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Schedules.BookScheduleEntry;

/// <summary>The crew's technician works 09:00-17:00 UTC on weekdays; 2030-03-04 is a Monday.</summary>
public sealed class BookScheduleEntryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly DateTimeOffset Monday = new(2030, 3, 4, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_manager_books_a_technician_inside_their_hours_and_the_booking_is_published()
    {
        var crew = await api.CrewAsync();
        var workOrder = await crew.AssignedWorkOrderAsync();

        var response = await Book(crew, workOrder, Monday.AddHours(9), Monday.AddHours(11));

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        body.GetProperty("overriddenBy").ValueKind.ShouldBe(JsonValueKind.Null);
        response.Headers.Location!.ToString().ShouldBe($"/api/maintenance/schedule-entries/{body.GetProperty("id").GetGuid()}");
        var published = JsonDocument.Parse((await api.ScalarAsync<string>(
            "SELECT payload::text FROM maintenance.live_events WHERE message_type = 'maintenance.maintenance-scheduled' AND payload->>'workOrderId' = $1", workOrder.ToString()))!).RootElement;
        published.GetProperty("technicianUserId").GetGuid().ShouldBe(crew.Technician.UserId);
        published.GetProperty("visibleToUserIds").EnumerateArray().Select(e => e.GetGuid()).ShouldContain(crew.Technician.UserId);
    }

    [Fact]
    public async Task Double_booking_a_technician_is_a_409_naming_the_conflicting_booking()
    {
        var crew = await api.CrewAsync();
        var first = await crew.AssignedWorkOrderAsync();
        var second = await crew.AssignedWorkOrderAsync();
        var existing = (await (await Book(crew, first, Monday.AddHours(9), Monday.AddHours(11))).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var problem = await (await Book(crew, second, Monday.AddHours(10), Monday.AddHours(12))).ShouldBeProblem(HttpStatusCode.Conflict, "startsAt");

        problem.GetProperty("conflictingEntries").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([existing]);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_schedule_entry WHERE work_order_id = $1", second)).ShouldBe(0);
        await (await Book(crew, second, Monday.AddHours(11), Monday.AddHours(12))).ShouldHaveStatus(HttpStatusCode.Created); // back to back is fine
    }

    [Fact]
    public async Task Booking_outside_the_working_hours_or_on_a_day_away_is_a_422_with_the_reason()
    {
        var crew = await api.CrewAsync();
        var workOrder = await crew.AssignedWorkOrderAsync();

        var evening = await (await Book(crew, workOrder, Monday.AddHours(16), Monday.AddHours(18))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "startsAt");
        var sunday = await (await Book(crew, workOrder, Monday.AddDays(-1).AddHours(10), Monday.AddDays(-1).AddHours(11))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "startsAt");

        evening.GetProperty("detail").GetString()!.ShouldContain("09:00-17:00");
        sunday.GetProperty("detail").GetString()!.ShouldContain("sunday");
    }

    [Fact]
    public async Task Booking_a_technician_without_a_required_skill_is_refused()
    {
        var crew = await api.CrewAsync();
        var workOrder = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, requiredSkills: ["welding"]))).GetProperty("id").GetGuid();

        await (await Book(crew, workOrder, Monday.AddHours(9), Monday.AddHours(10))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "technicianId");
    }

    [Fact]
    public async Task A_manager_override_books_anyway_and_records_who_and_why()
    {
        var crew = await api.CrewAsync();
        var first = await crew.AssignedWorkOrderAsync();
        var second = await crew.AssignedWorkOrderAsync();
        await (await Book(crew, first, Monday.AddHours(15), Monday.AddHours(17))).ShouldHaveStatus(HttpStatusCode.Created);

        var body = await (await Book(crew, second, Monday.AddHours(16), Monday.AddHours(18), @override: true)).ShouldHaveStatus(HttpStatusCode.Created);

        body.GetProperty("overriddenBy").GetGuid().ShouldBe(crew.Manager.UserId);
        var reasons = body.GetProperty("overrideReasons").GetString()!;
        reasons.ShouldContain("already booked");
        reasons.ShouldContain("outside those hours");
    }

    [Fact]
    public async Task Concurrent_bookings_of_one_slot_let_exactly_one_through()
    {
        var crew = await api.CrewAsync();
        var workOrders = new List<Guid>();
        for (var i = 0; i < 6; i++) workOrders.Add(await crew.AssignedWorkOrderAsync());

        var responses = await Task.WhenAll(workOrders.Select(w => Book(crew, w, Monday.AddDays(1).AddHours(9), Monday.AddDays(1).AddHours(10))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(5);
    }

    [Fact]
    public async Task Bad_slots_are_named_in_a_400()
    {
        var crew = await api.CrewAsync();
        var workOrder = await crew.AssignedWorkOrderAsync();

        await (await crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{workOrder}/schedule-entries", new { }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "technicianId", "startsAt", "endsAt");
        await (await Book(crew, workOrder, Monday.AddHours(11), Monday.AddHours(9))).ShouldBeProblem(HttpStatusCode.BadRequest, "endsAt");
    }

    [Fact]
    public async Task A_technician_may_not_book()
    {
        var crew = await api.CrewAsync();
        var workOrder = await crew.AssignedWorkOrderAsync();

        var response = await crew.Technician.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{workOrder}/schedule-entries",
            new { technicianId = crew.TechnicianId, startsAt = Monday.AddHours(9), endsAt = Monday.AddHours(10) });

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    private static Task<HttpResponseMessage> Book(Crew crew, Guid workOrder, DateTimeOffset startsAt, DateTimeOffset endsAt, bool? @override = null) =>
        crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{workOrder}/schedule-entries",
            new { technicianId = crew.TechnicianId, startsAt, endsAt, @override });
}
