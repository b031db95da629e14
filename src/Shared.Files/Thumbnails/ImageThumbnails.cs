using SkiaSharp;

namespace OpsPlatform.Shared.Files.Thumbnails;

/// <summary>
/// Small WebP previews of uploaded images (SkiaSharp), at most <see cref="Edge"/> pixels on the long side, turned the
/// way the camera's EXIF orientation says. JPEG and WebP are shrunk while decoding, so a 12-megapixel photo never
/// lands in memory at full size; other formats are decoded whole, up to <see cref="MaxPixels"/>. At most one
/// thumbnail per core is made at a time, which bounds the memory that many simultaneous uploads can take.
/// </summary>
public sealed class ImageThumbnails
{
    public const int Edge = 320;
    public const long MaxPixels = 40_000_000;
    public const string ContentType = "image/webp";
    private const int Quality = 75;

    private readonly SemaphoreSlim _gate = new(Math.Max(1, Environment.ProcessorCount));

    /// <summary>The thumbnail's bytes, or null when <paramref name="image"/> is not an image that can be decoded (or is too large).</summary>
    public async Task<byte[]?> MakeAsync(Stream image, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Make(image);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static byte[]? Make(Stream image)
    {
        using var codec = SKCodec.Create(new SKManagedStream(image, disposeManagedStream: false));
        if (codec is null) return null;
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels) return null;

        var scale = Math.Min(1f, (float)Edge / Math.Max(info.Width, info.Height));
        var decodeSize = codec.GetScaledDimensions(scale); // smaller only where the format can decode smaller
        using var decoded = new SKBitmap(new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (codec.GetPixels(decoded.Info, decoded.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput)) return null;

        var width = Math.Max(1, (int)Math.Round(info.Width * scale));
        var height = Math.Max(1, (int)Math.Round(info.Height * scale));
        var turned = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        using var thumbnail = new SKBitmap(new SKImageInfo(turned ? height : width, turned ? width : height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(thumbnail))
        using (var source = SKImage.FromBitmap(decoded))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.SetMatrix(Upright(codec.EncodedOrigin, width, height));
            canvas.DrawImage(source, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
        using var encoded = thumbnail.Encode(SKEncodedImageFormat.Webp, Quality);
        return encoded?.ToArray();
    }

    /// <summary>Maps the stored picture (<paramref name="w"/> × <paramref name="h"/>) onto the upright one for each EXIF orientation.</summary>
    private static SKMatrix Upright(SKEncodedOrigin origin, float w, float h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
