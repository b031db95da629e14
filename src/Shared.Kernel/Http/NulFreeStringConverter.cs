using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>
/// Refuses U+0000 in any JSON string: PostgreSQL cannot store it in text, so it would otherwise fail at the database
/// as a 500. The exception carries the JSON path, which the problem-details handler turns into a 400 naming the field.
/// </summary>
public sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && text.Contains('\0') ? throw new NulCharacterException() : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options)!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);
}
