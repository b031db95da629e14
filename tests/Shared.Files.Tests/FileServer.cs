using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsPlatform.Shared.Files.Downloads;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Shared.Files.Tests;

/// <summary>
/// A real Kestrel host on a loopback port with the file capability's upload and download path, the way a module
/// endpoint uses it: read the upload, store the bytes under a key, keep the metadata (here in memory, where a module
/// keeps it in its store), stream it back.
/// </summary>
public sealed class FileServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FileServer(WebApplication app, HttpClient http)
    {
        _app = app;
        Http = http;
    }

    public HttpClient Http { get; }
    public IFileStore Store => _app.Services.GetRequiredService<IFileStore>();
    public IServiceProvider Services => _app.Services;
    public ConcurrentDictionary<string, UploadedFile> Metadata { get; } = new();

    public static async Task<FileServer> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddOpsProblemDetails();
        builder.Services.AddFileStorage(builder.Configuration);
        var app = builder.Build();
        app.UseExceptionHandler();
        FileServer? server = null;
        app.MapPost("/files", async (HttpRequest request, UploadReader reader, IFileStore store, CancellationToken ct) =>
        {
            await using var upload = await reader.ReadAsync(request, ct);
            var key = FileKey.Of("tests", Guid.NewGuid());
            await using (var content = upload.OpenRead()) await store.PutAsync(key, content, upload.ContentType, ct);
            var file = new UploadedFile(key.Value, upload.FileName, upload.ContentType, upload.Length, upload.Sha256);
            server!.Metadata[key.Value] = file;
            return Results.Created($"/files/{key.Value}", file);
        });
        app.MapGet("/files/{**key}", async (string key, IFileStore store, CancellationToken ct) =>
            server!.Metadata.TryGetValue(key, out var file) && await store.OpenReadAsync(new FileKey(key), ct) is { } stored
                ? FileDownload.Result(stored, file.ContentType, file.FileName, file.Sha256)
                : Results.NotFound());
        await app.StartAsync();
        server = new FileServer(app, new HttpClient { BaseAddress = new Uri(app.Urls.Single()) });
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}

public sealed record UploadedFile(string Key, string FileName, string ContentType, long Length, string Sha256);
