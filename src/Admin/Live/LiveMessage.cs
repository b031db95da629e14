using System.Text.Json;

namespace OpsPlatform.Admin.Live;

/// <summary>One event of <c>GET /api/live</c>: a committed change the signed-in user may see.</summary>
public sealed record LiveMessage(string Id, string Module, string Type, JsonElement Payload)
{
    /// <summary>A Guid the payload names (e.g. <c>workOrderId</c>), or null.</summary>
    public Guid? GuidOf(string property) =>
        Payload.ValueKind == JsonValueKind.Object && Payload.TryGetProperty(property, out var value) && value.TryGetGuid(out var id) ? id : null;
}
