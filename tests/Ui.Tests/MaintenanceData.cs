using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Ui.Tests;

/// <summary>Test data made through the API, as the people who would make it.</summary>
internal static class MaintenanceData
{
    public static async Task<Crew> CrewAsync(this BrowserHost host)
    {
        var manager = await host.SignInAsNewUserAsync(Roles.Manager);
        var technician = await host.SignInAsNewUserAsync(Roles.Technician);
        // Test classes share one database: each crew's technician has a name of its own.
        var name = $"Robin Repair {Guid.NewGuid().ToString("N")[..4]}";
        var crew = new Crew(manager, technician, Guid.Empty, name, Guid.Empty);
        var technicianId = await crew.RegisterTechnicianAsync(name, technician.UserId);
        var equipmentId = (await (await manager.Http.PostAsJsonAsync("/api/maintenance/equipment", new
        {
            name = "Rooftop chiller",
            type = "chiller",
            serialNumber = $"CH-{Guid.NewGuid():N}"[..16],
            location = "Roof, block B",
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return crew with { TechnicianId = technicianId, EquipmentId = equipmentId };
    }

    public static async Task<Guid> RegisterTechnicianAsync(this Crew crew, string name, Guid userId)
    {
        var weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(day => new { day, from = "08:00:00", to = "16:00:00" });
        return (await (await crew.Manager.Http.PostAsJsonAsync("/api/maintenance/technicians", new
        {
            name,
            userId,
            skills = new[] { new { name = "hvac", level = 3 } },
            weeklyAvailability = weekdays,
            unavailability = Array.Empty<object>(),
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> RaiseAsync(this Crew crew, string title, string priority = "high") =>
        (await (await crew.Manager.Http.PostAsJsonAsync("/api/maintenance/work-orders", new
        {
            title,
            description = "Compressor trips after ten minutes; check the pressure switch.",
            priority,
            equipmentId = crew.EquipmentId,
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task<Guid> RaiseAssignedAsync(this Crew crew, string title, Guid? technicianId = null)
    {
        var id = await crew.RaiseAsync(title);
        await (await crew.Manager.Http.PostAsJsonAsync($"/api/maintenance/work-orders/{id}/assign", new { technicianId = technicianId ?? crew.TechnicianId }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        return id;
    }
}

internal sealed record Crew(SignedInClient Manager, SignedInClient Technician, Guid TechnicianId, string TechnicianName, Guid EquipmentId);
