using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>The one JSON shape for stored messages, independent of the HTTP serializer settings.</summary>
public static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
