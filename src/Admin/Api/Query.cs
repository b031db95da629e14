namespace OpsPlatform.Admin.Api;

/// <summary>Builds a path with a query string from the parameters that have a value (the API refuses unknown ones).</summary>
public static class Query
{
    public static string Path(string path, params (string Name, object? Value)[] parameters)
    {
        var parts = parameters
            .Where(p => p.Value is not null && p.Value.ToString() is { Length: > 0 })
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Format(p.Value!))}")
            .ToArray();
        return parts.Length == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }

    private static string Format(object value) => value switch
    {
        Enum e => ApiWords.Of(e),
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("O"),
        _ => value.ToString()!,
    };
}
