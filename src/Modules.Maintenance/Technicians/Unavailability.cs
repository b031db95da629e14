using System.Text.Json.Serialization;

namespace OpsPlatform.Modules.Maintenance.Technicians;

/// <summary>Whole days (inclusive) a technician is away: leave, training, sickness.</summary>
internal sealed record Unavailability([property: JsonRequired] DateOnly From, [property: JsonRequired] DateOnly To, string? Reason)
{
    public bool Covers(DateOnly day) => From <= day && day <= To;
}
