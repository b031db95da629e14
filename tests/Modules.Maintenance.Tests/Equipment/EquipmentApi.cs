using System.Net.Http.Json;

namespace OpsPlatform.Modules.Maintenance.Tests.Equipment;

/// <summary>Small request builders shared by the equipment tests.</summary>
internal static class EquipmentApi
{
    public const string Route = "/api/maintenance/equipment";

    public static object NewEquipment(string? serial = null, string type = "hvac", string location = "Building A") => new
    {
        name = "Rooftop unit",
        type,
        serialNumber = serial ?? $"SN-{Guid.NewGuid():N}"[..20],
        location,
    };

    public static Task<HttpResponseMessage> Register(this HttpClient http, object body) => http.PostAsJsonAsync(Route, body);
}
