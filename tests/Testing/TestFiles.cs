using System.Net.Http.Headers;
using SkiaSharp;

namespace OpsPlatform.Testing;

/// <summary>Files to upload in tests: real images drawn with SkiaSharp, byte blobs with an image's signature, and the multipart body.</summary>
public static class TestFiles
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A PNG signature followed by random bytes: typed as a PNG from its bytes, but no decoder can read it (so it gets no thumbnail).</summary>
    public static byte[] UndecodablePng(int length)
    {
        var bytes = new byte[Math.Max(length, PngSignature.Length)];
        Random.Shared.NextBytes(bytes);
        PngSignature.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>
    /// A real JPEG: red top-left quarter on blue. With <paramref name="exifOrientation"/> it carries an EXIF orientation
    /// tag as cameras write it (6: the picture is to be turned 90° clockwise for display).
    /// </summary>
    public static byte[] Jpeg(int width, int height, byte? exifOrientation = null)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            canvas.Clear(SKColors.Blue);
            canvas.DrawRect(0, 0, width / 2f, height / 2f, red);
        }
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        return exifOrientation is { } orientation ? WithExifOrientation(jpeg, orientation) : jpeg;
    }

    /// <summary>Width and height of an encoded image, and the colour of the pixel at (x, y).</summary>
    public static (int Width, int Height, SKColor Pixel) Inspect(byte[] encoded, int x = 0, int y = 0)
    {
        using var bitmap = SKBitmap.Decode(encoded) ?? throw new InvalidOperationException("Not a decodable image.");
        return (bitmap.Width, bitmap.Height, bitmap.GetPixel(x, y));
    }

    public static MultipartFormDataContent Multipart(byte[] bytes, string name)
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { part, "file", name } };
    }

    /// <summary>Inserts an APP1 (EXIF) segment with one IFD entry, Orientation (0x0112), right after the JPEG's start marker.</summary>
    private static byte[] WithExifOrientation(byte[] jpeg, byte orientation)
    {
        byte[] app1 =
        [
            0xFF, 0xE1, 0x00, 34, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, // marker, length, "Exif\0\0"
            (byte)'I', (byte)'I', 0x2A, 0, 8, 0, 0, 0,                               // TIFF header, little-endian, IFD at 8
            1, 0,                                                                    // one entry
            0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0,                     // Orientation, SHORT, 1 value
            0, 0, 0, 0,                                                              // no next IFD
        ];
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }
}
