using System.Text.Json;
using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api;

/// <summary>
/// The API's JSON: camelCase, enums as snake_case text ("in_progress"), numbers never accepted for enums, and
/// unknown fields refused, so a typo in a field name is a 400 naming it instead of a silently ignored value; a NUL
/// character in any string is a 400 naming the field (PostgreSQL text cannot hold it).
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new NulFreeStringConverter());
    }
}
