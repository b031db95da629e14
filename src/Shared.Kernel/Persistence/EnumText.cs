using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>Stores an enum as its snake_case name ("in_progress"), the same text the API uses.</summary>
public sealed class EnumText<TEnum>() : ValueConverter<TEnum, string>(v => ToText(v), s => FromText(s))
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToDictionary(v => v, v => SnakeCaseNames.ToSnakeCase(v.ToString()));
    private static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(p => p.Value, p => p.Key);

    public static string ToText(TEnum value) => Names[value];
    public static TEnum FromText(string text) => Values[text];

    public static bool TryFromText(string text, out TEnum value) => Values.TryGetValue(text, out value);

    public static IEnumerable<string> AllTexts => Names.Values;
}
