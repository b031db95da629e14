using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace OpsPlatform.Shared.Files.Uploads;

public static class UploadEndpoints
{
    /// <summary>
    /// Marks an endpoint as taking one file as <c>multipart/form-data</c> (part <c>file</c>): the host's general body
    /// limit does not apply, <see cref="UploadReader"/> holds the body to <c>Files:MaxUploadBytes</c> instead.
    /// </summary>
    public static RouteHandlerBuilder AcceptsUpload(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new UploadBodyLimit()).Accepts<IFormFile>("multipart/form-data");

    private sealed class UploadBodyLimit : IRequestSizeLimitMetadata
    {
        // Unlimited here; UploadReader sets the real limit on the request before it reads a byte.
        public long? MaxRequestBodySize => null;
    }
}
