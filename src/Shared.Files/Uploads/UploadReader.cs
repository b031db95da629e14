using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Shared.Files.Uploads;

/// <summary>
/// Reads the <c>file</c> part of a <c>multipart/form-data</c> request as a stream into a temporary file (never into
/// memory), hashing and counting as it goes, then checks size and type. Every refusal is a <see cref="RequestRejected"/>
/// naming the <c>file</c> field, and leaves nothing behind.
/// </summary>
public sealed class UploadReader(IOptions<FileStorageOptions> options)
{
    public const string Field = "file";
    private const long FramingAllowance = 64 * 1024;

    public long MaxBytes => options.Value.MaxUploadBytes;

    public async Task<ReceivedUpload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // The body may carry the file plus the multipart framing; the file itself is held to the exact limit below.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBytes + FramingAllowance;
        // A body that says up front it is too large is refused before a byte of it is read.
        if (request.ContentLength > MaxBytes + FramingAllowance) throw TooLarge();

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) ||
            !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) ||
            HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
            throw new RequestRejected(415, Field, "Send the file as multipart/form-data in a part named 'file'.");

        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) ||
                    !disposition.IsFileDisposition() || !Field.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, StringComparison.Ordinal))
                    continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                return await ReceiveAsync(section.Body, name, cancellationToken);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(); // the server's body limit (set above) ended a chunked body that grew too large
        }
        throw new RequestRejected(400, Field, "The request has no file part named 'file'.");
    }

    private RequestRejected TooLarge() =>
        new(413, Field, $"The file is larger than the {MaxBytes / (1024 * 1024.0):0.#} MB allowed.");

    private async Task<ReceivedUpload> ReceiveAsync(Stream body, string? clientName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ops-upload-{Guid.NewGuid():N}");
        try
        {
            var (length, sha256) = await CopyAsync(body, path, cancellationToken);
            if (length == 0) throw new RequestRejected(400, Field, "The file is empty.");
            var contentType = ContentSniffer.Detect(path, clientName ?? "")
                              ?? throw new RequestRejected(415, Field,
                                  "This kind of file is not accepted: send an image (JPEG, PNG, GIF, WebP), a PDF, an Office document or plain text.");
            return new ReceivedUpload(path, FileNames.Sanitize(clientName, "file"), contentType, length, sha256);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private async Task<(long Length, string Sha256)> CopyAsync(Stream body, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long length = 0;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
            if (length > MaxBytes) throw TooLarge();
            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return (length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
