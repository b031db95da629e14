namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>An enum's snake_case name ("in_progress"), the text the API uses.</summary>
public static class EnumText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToDictionary(v => v, v => SnakeCaseNames.ToSnakeCase(v.ToString()));
    private static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(p => p.Value, p => p.Key);

    public static string ToText(TEnum value) => Names[value];
    public static TEnum FromText(string text) => Values[text];

    public static bool TryFromText(string text, out TEnum value) => Values.TryGetValue(text, out value);

    public static IEnumerable<string> AllTexts => Names.Values;
}
