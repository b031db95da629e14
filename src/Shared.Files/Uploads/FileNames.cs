using System.Globalization;
using System.Text;

namespace OpsPlatform.Shared.Files.Uploads;

/// <summary>A client's file name made safe to store and to send back in <c>Content-Disposition</c>.</summary>
internal static class FileNames
{
    private const int MaxLength = 200;

    public static string Sanitize(string? name, string fallback)
    {
        // Browsers on some systems send a whole path: keep only its last part.
        var last = (name ?? "").Split('/', '\\').LastOrDefault() ?? "";
        var clean = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC).EnumerateRunes())
            if (Keeps(c)) clean.Append(c.ToString());
        var result = clean.ToString().Trim().Trim('.').Trim();
        if (result.Length == 0) return fallback;
        if (result.Length <= MaxLength) return result;
        var extension = Path.GetExtension(result);
        return extension.Length is > 0 and < 16 ? result[..(MaxLength - extension.Length)] + extension : result[..MaxLength];
    }

    /// <summary>
    /// Not control characters, not the characters Windows forbids in names, not format characters (a right-to-left
    /// override makes <c>photo\u202Egnp.exe</c> read as <c>photoexe.png</c>) and not a broken surrogate (which
    /// enumerates as the replacement character).
    /// </summary>
    private static bool Keeps(Rune c) =>
        !Rune.IsControl(c) && c != Rune.ReplacementChar && Rune.GetUnicodeCategory(c) != UnicodeCategory.Format &&
        c.Value is not ('"' or '<' or '>' or '|' or ':' or '*' or '?');
}
