using System.IO.Compression;
using System.Text;

namespace OpsPlatform.Shared.Files.Uploads;

/// <summary>
/// The allow-list of what may be uploaded, decided from the bytes (the name only tells Office formats apart that share
/// a container): images, PDF, Office documents and plain text. Anything else is null, i.e. refused.
/// </summary>
internal static class ContentSniffer
{
    private const int TextProbeBytes = 8192;
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]; // legacy .doc/.xls/.ppt

    public static string? Detect(string path, string fileName)
    {
        Span<byte> head = stackalloc byte[TextProbeBytes];
        int read;
        using (var file = File.OpenRead(path)) read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];

        if (head.StartsWith(Jpeg)) return "image/jpeg";
        if (head.StartsWith(Png)) return "image/png";
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return "image/gif";
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (head.StartsWith("%PDF-"u8)) return "application/pdf";
        if (head.StartsWith("PK\x03\x04"u8)) return OfficeOpenXml(path);
        if (head.StartsWith(CompoundFile)) return LegacyOffice(fileName);
        return IsText(head, complete: read < TextProbeBytes)
            ? Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "text/plain"
            : null;
    }

    private static string? OfficeOpenXml(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            if (zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            if (zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)))
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            if (zip.Entries.Any(e => e.FullName.StartsWith("ppt/", StringComparison.Ordinal)))
                return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? LegacyOffice(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".doc" => "application/msword",
        ".xls" => "application/vnd.ms-excel",
        ".ppt" => "application/vnd.ms-powerpoint",
        _ => null,
    };

    /// <summary>UTF-8 without NUL or other control characters than tab, CR, LF and form feed.</summary>
    private static bool IsText(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.IsEmpty) return false;
        // A multi-byte character may be cut at the end of the probe: only a complete file must end on a boundary.
        var probe = complete ? head : head[..TrimToCharBoundary(head)];
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(probe);
            return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static int TrimToCharBoundary(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = bytes[end - back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte
            var size = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return size > back ? end - back : end;
        }
        return end;
    }
}
