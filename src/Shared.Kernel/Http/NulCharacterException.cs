using System.Text.Json;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>A JSON string held U+0000; the serializer adds the path of the field.</summary>
public sealed class NulCharacterException() : JsonException(Reason)
{
    public const string Reason = "contains a NUL character (U+0000), which text fields cannot hold.";
}
