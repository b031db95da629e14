using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Live;

/// <summary>
/// Who sees what on <c>GET /api/live</c>, with the real modules' events: a technician only their own work orders, a
/// client only the inspections of their sites, and only where the site grants it. Each stream's first event is the
/// one it may see, committed after the ones it may not, so a leak would arrive first.
/// </summary>
public sealed class LiveVisibilityTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_technician_receives_their_own_work_orders_events_and_not_another_technicians()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var mine = await api.SignInAsNewUserAsync(Roles.Technician);
        var other = await api.SignInAsNewUserAsync(Roles.Technician);
        var myTechnician = await RegisterTechnicianAsync(manager.Http, mine.UserId);
        var otherTechnician = await RegisterTechnicianAsync(manager.Http, other.UserId);
        var equipmentId = await RegisterEquipmentAsync(manager.Http);
        var myWorkOrder = await RaiseAsync(manager.Http, equipmentId);
        var otherWorkOrder = await RaiseAsync(manager.Http, equipmentId);
        await using var stream = await SseClient.ConnectAsync(mine.Http, "/api/live?module=maintenance");

        await AssignAsync(manager.Http, otherWorkOrder, otherTechnician);
        await AssignAsync(manager.Http, myWorkOrder, myTechnician);

        // Assigning commits two events (assigned, status changed): both are about my work order, none about the other.
        var events = new[] { await stream.NextAsync(), await stream.NextAsync() };
        events.Select(e => e.Type).Order().ShouldBe(["maintenance.work-order-assigned", "maintenance.work-order-status-changed"]);
        events.ShouldAllBe(e => e.Payload.GetProperty("workOrderId").GetGuid() == myWorkOrder);
    }

    [Fact]
    public async Task A_client_receives_inspections_of_their_site_only_where_the_site_grants_it()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var inspector = await api.SignInAsNewUserAsync(Roles.Inspector);
        var client = await api.SignInAsNewUserAsync(Roles.Client);
        var granted = await SiteAsync(manager, clientSeesInspections: true, (inspector.UserId, "inspector"), (client.UserId, "client"));
        var notGranted = await SiteAsync(manager, clientSeesInspections: false, (inspector.UserId, "inspector"), (client.UserId, "client"));
        var someoneElses = await SiteAsync(manager, clientSeesInspections: true, (inspector.UserId, "inspector"));
        await using var stream = await SseClient.ConnectAsync(client.Http, "/api/live?module=janitorial&type=janitorial.inspection-recorded");

        await RecordInspectionAsync(inspector.Http, notGranted);
        await RecordInspectionAsync(inspector.Http, someoneElses);
        await RecordInspectionAsync(inspector.Http, granted);

        (await stream.NextAsync()).Payload.GetProperty("siteId").GetGuid().ShouldBe(granted);
    }

    private static async Task<Guid> RegisterTechnicianAsync(HttpClient manager, Guid userId)
    {
        var weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(day => new { day, from = "09:00:00", to = "17:00:00" });
        var technician = await (await manager.PostAsJsonAsync("/api/maintenance/technicians", new
        {
            name = "Sam Spanner", userId, skills = new[] { new { name = "hvac", level = 3 } }, weeklyAvailability = weekdays, unavailability = Array.Empty<object>(),
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return technician.GetProperty("id").GetGuid();
    }

    private static async Task<Guid> RegisterEquipmentAsync(HttpClient manager) =>
        (await (await manager.PostAsJsonAsync("/api/maintenance/equipment", new
        {
            name = "Front door closer", type = "hvac", serialNumber = $"SN-{Guid.NewGuid():N}"[..20], location = "Lobby",
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> RaiseAsync(HttpClient manager, Guid equipmentId) =>
        (await (await manager.PostAsJsonAsync("/api/maintenance/work-orders", new { title = "Door closer leaks", description = "Oil under the door.", priority = "low", equipmentId }))
            .ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task AssignAsync(HttpClient manager, Guid workOrderId, Guid technicianId) =>
        await (await manager.PostAsJsonAsync($"/api/maintenance/work-orders/{workOrderId}/assign", new { technicianId, @override = true })).ShouldHaveStatus(HttpStatusCode.OK);

    private static async Task<Guid> SiteAsync(SignedInClient manager, bool clientSeesInspections, params (Guid User, string Role)[] members)
    {
        var id = await manager.Http.NewSiteAsync(clientSeesInspections, manager.UserId);
        foreach (var (user, role) in members) await manager.Http.AddMemberAsync(id, user, role);
        return id;
    }

    private static async Task RecordInspectionAsync(HttpClient inspector, Guid siteId) =>
        await (await inspector.PostAsJsonAsync("/api/janitorial/inspections", new
        {
            siteId, inspectionDate = "2026-11-20", score = 90, findings = "Clean lobby", correctiveActions = "None", photoUrl = "https://photos.example.com/t.jpg",
        })).ShouldHaveStatus(HttpStatusCode.Created);
}
