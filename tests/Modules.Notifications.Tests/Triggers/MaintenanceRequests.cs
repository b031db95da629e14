using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Notifications.Tests.Triggers;

/// <summary>Maintenance arrangements through its HTTP API: a manager, a technician account with its technician record, equipment.</summary>
internal sealed record MaintenanceCrew(SignedInClient Manager, SignedInClient Technician, Guid TechnicianId, Guid EquipmentId)
{
    public const string WorkOrders = "/api/maintenance/work-orders";

    public static async Task<MaintenanceCrew> CreateAsync(ApiFactory api)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var technicianId = (await (await manager.Http.PostAsJsonAsync("/api/maintenance/technicians", new
        {
            name = "Alex Fixer", userId = technician.UserId, skills = new[] { new { name = "hvac", level = 4 } },
            weeklyAvailability = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(day => new { day, from = "09:00:00", to = "17:00:00" }),
            unavailability = Array.Empty<object>(),
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var equipmentId = (await (await manager.Http.PostAsJsonAsync("/api/maintenance/equipment", new
        {
            name = "Rooftop unit", type = "hvac", serialNumber = $"SN-{Guid.NewGuid():N}"[..20], location = "Building A",
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return new MaintenanceCrew(manager, technician, technicianId, equipmentId);
    }

    public async Task<Guid> RaiseAsync(HttpClient by, DateTimeOffset? dueAt = null, string title = "Fan belt squeals") =>
        (await (await by.PostAsJsonAsync(WorkOrders, new { title, description = "The fan belt squeals on start-up.", priority = "medium", equipmentId = EquipmentId, dueAt }))
            .ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public async Task AssignAsync(Guid workOrder) =>
        await (await Manager.Http.PostAsJsonAsync($"{WorkOrders}/{workOrder}/assign", new { technicianId = TechnicianId })).ShouldHaveStatus(HttpStatusCode.OK);

    public static async Task MoveAsync(HttpClient by, Guid workOrder, string status) =>
        await (await by.PostAsJsonAsync($"{WorkOrders}/{workOrder}/status", new { status, reason = status == "cancelled" ? "No longer needed" : null })).ShouldHaveStatus(HttpStatusCode.OK);
}
