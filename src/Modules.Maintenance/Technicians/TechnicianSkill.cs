using System.Text.Json.Serialization;

namespace OpsPlatform.Modules.Maintenance.Technicians;

/// <summary>A skill by name (lower case, e.g. "hvac") at a level from 1 (basic) to 5 (expert).</summary>
internal sealed record TechnicianSkill([property: JsonRequired] string Name, [property: JsonRequired] int Level);
