using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Modules.Maintenance.Tests.Equipment;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests;

/// <summary>Request builders and small arrangements shared by the maintenance tests, all through the HTTP API.</summary>
internal static class MaintenanceApi
{
    public const string WorkOrders = "/api/maintenance/work-orders";
    public const string Technicians = "/api/maintenance/technicians";

    public static object NewWorkOrder(Guid? equipmentId = null, Guid? siteId = null, string priority = "medium", string title = "Fan belt squeals",
        string description = "The fan belt squeals on start-up.", DateTimeOffset? dueAt = null, string[]? requiredSkills = null) =>
        new { title, description, priority, equipmentId, siteId, dueAt, requiredSkills };

    public static object NewTechnician(string name = "Alex Fixer", Guid? userId = null, object[]? skills = null, object[]? weeklyAvailability = null, object[]? unavailability = null) =>
        new
        {
            name,
            userId,
            skills = skills ?? [new { name = "hvac", level = 4 }, new { name = "electrical", level = 2 }],
            weeklyAvailability = weeklyAvailability ?? WeekdaysNineToFive,
            unavailability = unavailability ?? [],
        };

    public static readonly object[] WeekdaysNineToFive =
        new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(day => (object)new { day, from = "09:00:00", to = "17:00:00" }).ToArray();

    public static async Task<Guid> RegisterEquipmentAsync(this HttpClient manager, Guid? siteId = null, string? serial = null)
    {
        var body = await (await manager.PostAsJsonAsync(EquipmentApi.Route, new
        {
            name = "Rooftop unit",
            type = "hvac",
            serialNumber = serial ?? $"SN-{Guid.NewGuid():N}"[..20],
            location = "Building A",
            siteId,
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> RaiseAsync(this HttpClient http, object body) =>
        await (await http.PostAsJsonAsync(WorkOrders, body)).ShouldHaveStatus(HttpStatusCode.Created);

    public static async Task<Guid> RegisterTechnicianAsync(this HttpClient manager, object body) =>
        (await (await manager.PostAsJsonAsync(Technicians, body)).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> ChangeStatus(this HttpClient http, Guid workOrder, string status, int? version = null, string? reason = null) =>
        http.PostAsJsonAsync($"{WorkOrders}/{workOrder}/status", new { status, version, reason });

    public static Task<HttpResponseMessage> Assign(this HttpClient http, Guid workOrder, Guid technician, bool? @override = null) =>
        http.PostAsJsonAsync($"{WorkOrders}/{workOrder}/assign", new { technicianId = technician, @override });

    /// <summary>A manager, a technician account with its technician record, and equipment, on one host.</summary>
    public static async Task<Crew> CrewAsync(this ApiFactory api)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var technicianId = await manager.Http.RegisterTechnicianAsync(NewTechnician(userId: technician.UserId));
        var equipmentId = await manager.Http.RegisterEquipmentAsync();
        return new Crew(manager, technician, technicianId, equipmentId);
    }

    /// <summary>A work order raised by the crew's manager and assigned to the crew's technician.</summary>
    public static async Task<Guid> AssignedWorkOrderAsync(this Crew crew, string[]? requiredSkills = null)
    {
        var id = (await crew.Manager.Http.RaiseAsync(NewWorkOrder(crew.EquipmentId, requiredSkills: requiredSkills))).GetProperty("id").GetGuid();
        await (await crew.Manager.Http.Assign(id, crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);
        return id;
    }
}

public sealed record Crew(SignedInClient Manager, SignedInClient Technician, Guid TechnicianId, Guid EquipmentId);
