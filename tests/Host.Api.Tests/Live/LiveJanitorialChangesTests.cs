using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Live;

/// <summary>
/// Everyday janitorial changes reach <c>/api/live</c>: a cleaning's status change and every stock movement, not only a
/// reorder crossing. Each stream's first event is one it may see, committed after one it may not, so a leak would
/// arrive first.
/// </summary>
public sealed class LiveJanitorialChangesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_crew_member_and_the_sites_inspector_see_the_cleaning_start_and_another_technician_does_not()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var crew = await api.SignInAsNewUserAsync(Roles.Technician);
        var inspector = await api.SignInAsNewUserAsync(Roles.Inspector);
        var bystander = await api.SignInAsNewUserAsync(Roles.Technician);
        var siteId = await manager.Http.NewSiteAsync();
        await manager.Http.AddMemberAsync(siteId, crew.UserId, "technician");
        await manager.Http.AddMemberAsync(siteId, inspector.UserId, "inspector");
        await manager.Http.AddMemberAsync(siteId, bystander.UserId, "technician");
        var scheduleId = await PlanAsync(manager.Http, siteId, crew.UserId, "2030-01-07");
        var bystandersId = await PlanAsync(manager.Http, siteId, bystander.UserId, "2030-01-08");
        const string stream = "/api/live?module=janitorial&type=janitorial.schedule-status-changed";
        await using var crewStream = await SseClient.ConnectAsync(crew.Http, stream);
        await using var inspectorStream = await SseClient.ConnectAsync(inspector.Http, stream);
        await using var bystanderStream = await SseClient.ConnectAsync(bystander.Http, stream);

        await ChangeStatusAsync(crew.Http, scheduleId, "in_progress");
        await ChangeStatusAsync(bystander.Http, bystandersId, "in_progress");

        foreach (var live in new[] { crewStream, inspectorStream })
        {
            var started = await live.NextAsync();
            started.Payload.GetProperty("scheduleId").GetGuid().ShouldBe(scheduleId);
            started.Payload.GetProperty("fromStatus").GetString().ShouldBe("scheduled");
            started.Payload.GetProperty("toStatus").GetString().ShouldBe("in_progress");
            started.Payload.GetProperty("changedBy").GetGuid().ShouldBe(crew.UserId);
        }
        (await bystanderStream.NextAsync()).Payload.GetProperty("scheduleId").GetGuid().ShouldBe(bystandersId);
    }

    [Fact]
    public async Task Every_consumption_and_restock_reaches_the_sites_staff_and_managers_but_not_its_client()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var crew = await api.SignInAsNewUserAsync(Roles.Technician);
        var client = await api.SignInAsNewUserAsync(Roles.Client);
        var siteId = await manager.Http.NewSiteAsync(clientSeesInspections: true);
        await manager.Http.AddMemberAsync(siteId, crew.UserId, "technician");
        await manager.Http.AddMemberAsync(siteId, client.UserId, "client");
        var itemId = await manager.Http.NewSupplyItemAsync(siteId, quantity: 10, reorderLevel: 2);
        await using var managerStream = await SseClient.ConnectAsync(manager.Http, "/api/live?module=janitorial&type=janitorial.stock-moved");
        await using var crewStream = await SseClient.ConnectAsync(crew.Http, "/api/live?module=janitorial&type=janitorial.stock-moved");
        await using var clientStream = await SseClient.ConnectAsync(client.Http, "/api/live?module=janitorial");

        await crew.Http.ConsumeAsync(itemId, 3); // 10 → 7: far above the reorder level, still streamed
        await manager.Http.RestockAsync(itemId, 5); // → 12
        // The first event the client may see comes last: a leaked stock movement would arrive before it.
        await RecordPassingInspectionAsync(api, manager, siteId);

        foreach (var live in new[] { managerStream, crewStream })
        {
            var consumed = await live.NextAsync();
            consumed.Payload.GetProperty("inventoryItemId").GetGuid().ShouldBe(itemId);
            consumed.Payload.GetProperty("movement").GetString().ShouldBe("consumed");
            consumed.Payload.GetProperty("quantity").GetDecimal().ShouldBe(3);
            consumed.Payload.GetProperty("quantityOnHand").GetDecimal().ShouldBe(7);
            var restocked = await live.NextAsync();
            restocked.Payload.GetProperty("movement").GetString().ShouldBe("restocked");
            restocked.Payload.GetProperty("quantityOnHand").GetDecimal().ShouldBe(12);
        }
        (await clientStream.NextAsync()).Type.ShouldBe("janitorial.inspection-recorded");
    }

    private static async Task RecordPassingInspectionAsync(ApiFactory api, SignedInClient manager, Guid siteId)
    {
        var inspector = await api.SignInAsNewUserAsync(Roles.Inspector);
        await manager.Http.AddMemberAsync(siteId, inspector.UserId, "inspector");
        await (await inspector.Http.PostAsJsonAsync("/api/janitorial/inspections", new
        {
            siteId, inspectionDate = "2026-11-20", score = 95, findings = "Spotless lobby", correctiveActions = "None",
        })).ShouldHaveStatus(HttpStatusCode.Created);
    }

    private static async Task<Guid> PlanAsync(HttpClient manager, Guid siteId, Guid assignedTo, string serviceDate) =>
        (await (await manager.PostAsJsonAsync("/api/janitorial/schedules", new
        {
            siteId, assignedTo, serviceDate, startTime = "08:00", endTime = "10:00", frequency = "once", notes = "Lobby",
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("first").GetProperty("id").GetGuid();

    private static async Task ChangeStatusAsync(HttpClient http, Guid scheduleId, string status) =>
        await (await http.PostAsJsonAsync($"/api/janitorial/schedules/{scheduleId}/status", new { status })).ShouldHaveStatus(HttpStatusCode.OK);
}
