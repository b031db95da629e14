using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace OpsPlatform.Host.Api;

/// <summary>One request-body limit for every endpoint (Http:MaxRequestBodyBytes); larger bodies get a 413 problem.</summary>
internal static class RequestLimits
{
    public static void AddRequestLimits(this WebApplicationBuilder builder)
    {
        var limit = builder.Configuration.GetValue("Http:MaxRequestBodyBytes", 1_048_576L);
        builder.Services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = limit);
    }

    public static void UseRequestLimits(this WebApplication app)
    {
        var limit = app.Configuration.GetValue("Http:MaxRequestBodyBytes", 1_048_576L);
        // Kestrel enforces the limit while streaming; this also answers early when Content-Length already says too much
        // (and under the in-memory test server, which has no Kestrel limits).
        // An endpoint that declares its own limit (file uploads) enforces it itself.
        app.Use((context, next) => context.Request.ContentLength > limit && context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is null
            ? throw new Microsoft.AspNetCore.Http.BadHttpRequestException($"The request body is {context.Request.ContentLength} bytes; the limit is {limit} bytes.", StatusCodes.Status413PayloadTooLarge)
            : next(context));
    }
}
