using System.Text.Json;

namespace OpsPlatform.Admin.Api;

/// <summary>
/// An RFC 9457 problem the API answered with. <see cref="Errors"/> maps each field the API named (as it spelled it,
/// e.g. <c>serialNumber</c>) to its messages, so a form can show them next to the field.
/// </summary>
public sealed class ApiProblem(int status, string title, string? detail, IReadOnlyDictionary<string, string[]> errors, JsonElement body)
    : Exception(detail ?? title)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
    public JsonElement Body { get; } = body;

    public bool IsNotFound => Status == 404;
    public bool IsConflict => Status == 409;

    /// <summary>The messages for one field, matched without regard to case (the API names fields in camelCase).</summary>
    public string[] For(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    /// <summary>What to tell a person: the detail, else the title, with any errors not tied to a known field.</summary>
    public string Summary => Detail is { Length: > 0 } d ? d : Title;

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        JsonElement body = default;
        try
        {
            if (text.Length > 0) body = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            // Not problem details (e.g. a proxy's page): fall back to the status line.
        }

        var title = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("title", out var t) ? t.GetString() : null;
        var detail = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("detail", out var d) ? d.GetString() : null;
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            foreach (var field in e.EnumerateObject())
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? field.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray()
                    : [field.Value.ToString()];
        return new ApiProblem((int)response.StatusCode, title ?? response.ReasonPhrase ?? "The request failed.", detail, errors, body);
    }
}
