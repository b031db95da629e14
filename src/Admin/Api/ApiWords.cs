using System.Text.Json;

namespace OpsPlatform.Admin.Api;

/// <summary>An enum value as the API spells it (<c>InProgress</c> → <c>in_progress</c>).</summary>
public static class ApiWords
{
    public static string Of(Enum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>The enum value the API spells <paramref name="word"/> (a query string's <c>in_stock</c>), or null.</summary>
    public static T? Parse<T>(string? word) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Of(v!.Value) == word);
}
