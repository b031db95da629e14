using System.Text.Json;

namespace OpsPlatform.Admin.Api;

/// <summary>An enum value as the API spells it (<c>InProgress</c> → <c>in_progress</c>).</summary>
public static class ApiWords
{
    public static string Of(Enum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
