using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Amazon.S3;

namespace OpsPlatform.Shared.Files.Tests;

[CollectionDefinition(nameof(LargeUploadTests), DisableParallelization = true)]
public sealed class LargeUploadCollection;

/// <summary>
/// With the limit raised, a 100 MB upload and its download stream through the host: the whole process (client and
/// server) allocates a few MB, not the file's size. Run alone so other tests' allocations do not count.
/// </summary>
[Collection(nameof(LargeUploadTests))]
public sealed class LargeUploadTests(S3Server s3) : IClassFixture<S3Server>
{
    private const long FileSize = 100L * 1024 * 1024;
    private const long AllowedAllocation = 16L * 1024 * 1024;

    [Fact]
    public async Task A_100_MB_upload_and_download_through_the_local_store_allocate_a_few_MB()
    {
        var root = TestFolders.Create(TestFolders.Files);
        try
        {
            await UploadAndDownloadAsync(new Dictionary<string, string?> { ["Files:Store"] = "local", ["Files:LocalRoot"] = root });
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_100_MB_upload_and_download_through_the_S3_store_allocate_a_few_MB()
    {
        var bucket = $"ops-{Guid.NewGuid():N}"[..20];
        using (var client = FileStorageRegistration.S3Client(new FileStorageOptions.S3Options { ServiceUrl = s3.ServiceUrl, AccessKey = "S3RVER", SecretKey = "S3RVER" }))
            await client.PutBucketAsync(bucket);
        await UploadAndDownloadAsync(new Dictionary<string, string?>
        {
            ["Files:Store"] = "s3", ["Files:S3:ServiceUrl"] = s3.ServiceUrl, ["Files:S3:Bucket"] = bucket,
            ["Files:S3:AccessKey"] = "S3RVER", ["Files:S3:SecretKey"] = "S3RVER",
        });
    }

    private static async Task UploadAndDownloadAsync(Dictionary<string, string?> settings)
    {
        settings["Files:MaxUploadBytes"] = (150L * 1024 * 1024).ToString();
        await using var server = await FileServer.StartAsync(settings);
        server.Http.Timeout = TimeSpan.FromMinutes(5);
        await UploadAsync(server, 1024); // warm-up: first-use allocations (JIT, pools) are not per upload

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var created = await UploadAsync(server, FileSize);
        var uploaded = GC.GetTotalAllocatedBytes(precise: true) - before;
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var file = (await created.Content.ReadFromJsonAsync<UploadedFile>())!;
        file.Length.ShouldBe(FileSize);

        before = GC.GetTotalAllocatedBytes(precise: true);
        using var download = await server.Http.GetAsync($"/files/{file.Key}", HttpCompletionOption.ResponseHeadersRead);
        long received = 0;
        var buffer = new byte[81920];
        await using (var body = await download.Content.ReadAsStreamAsync())
            for (int read; (read = await body.ReadAsync(buffer)) > 0;) received += read;
        var downloaded = GC.GetTotalAllocatedBytes(precise: true) - before;

        received.ShouldBe(FileSize);
        Console.WriteLine($"100 MB via {settings["Files:Store"]}: upload allocated {uploaded / 1024.0 / 1024:0.0} MB, download {downloaded / 1024.0 / 1024:0.0} MB");
        uploaded.ShouldBeLessThan(AllowedAllocation);
        downloaded.ShouldBeLessThan(AllowedAllocation);
    }

    private static Task<HttpResponseMessage> UploadAsync(FileServer server, long size)
    {
        var part = new StreamContent(new PngStream(size));
        part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent { { part, "file", "site-survey.png" } };
        return server.Http.PostAsync("/files", form);
    }

    /// <summary>A PNG signature followed by zeros, produced as it is read, so the client holds none of it in memory.</summary>
    private sealed class PngStream(long length) : Stream
    {
        private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, read);
            for (var i = 0; i < read && _position + i < Signature.Length; i++) buffer[offset + i] = Signature[_position + i];
            _position += read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
