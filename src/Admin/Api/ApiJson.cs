using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsPlatform.Admin.Api;

/// <summary>The API's JSON: camelCase names, enums as snake_case words (<c>in_progress</c>).</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}
