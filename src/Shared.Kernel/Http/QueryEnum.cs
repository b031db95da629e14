using System.Diagnostics.CodeAnalysis;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>
/// An enum in a query string, spelled as in JSON bodies ("in_progress"). Minimal APIs bind plain enums with a
/// case-sensitive <c>Enum.TryParse</c> on the C# name ("InProgress"), which would make query and body disagree.
/// </summary>
public readonly record struct QueryEnum<TEnum>(TEnum Value) where TEnum : struct, Enum
{
    public static bool TryParse(string? text, IFormatProvider? provider, [MaybeNullWhen(false)] out QueryEnum<TEnum> result)
    {
        if (text is not null && EnumText<TEnum>.TryFromText(text.Trim(), out var value))
        {
            result = new QueryEnum<TEnum>(value);
            return true;
        }
        result = default;
        return false;
    }

    public override string ToString() => EnumText<TEnum>.ToText(Value);
}
