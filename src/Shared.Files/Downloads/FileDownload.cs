using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using OpsPlatform.Shared.Files.Storage;

namespace OpsPlatform.Shared.Files.Downloads;

public static class FileDownload
{
    /// <summary>
    /// Streams a stored file with its content type, length, <c>Content-Disposition</c> and an ETag from its SHA-256:
    /// range requests get 206, a matching <c>If-None-Match</c> gets 304. The result disposes the stream.
    /// <c>X-Content-Type-Options: nosniff</c> keeps a browser to the type read from the bytes (an uploaded text file is
    /// never run as HTML or script).
    /// </summary>
    public static IResult Result(StoredFile file, string contentType, string fileName, string sha256) =>
        new NoSniff(Results.Stream(file.Content, contentType, fileName, file.LastModified, new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true));

    private sealed class NoSniff(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
