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
        foreach (var c in last.Normalize(NormalizationForm.FormC))
            if (!char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')) clean.Append(c);
        var result = clean.ToString().Trim().Trim('.').Trim();
        if (result.Length == 0) return fallback;
        if (result.Length <= MaxLength) return result;
        var extension = Path.GetExtension(result);
        return extension.Length is > 0 and < 16 ? result[..(MaxLength - extension.Length)] + extension : result[..MaxLength];
    }
}
