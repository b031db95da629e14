using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Files.Thumbnails;
using OpsPlatform.Shared.Files.Uploads;

namespace OpsPlatform.Shared.Files.Tests;

/// <summary>Upload and download through real HTTP against one store; each store's class runs every test.</summary>
public abstract class FileCapabilityTests : IAsyncLifetime
{
    private FileServer _server = null!;

    protected abstract IDictionary<string, string?> Settings();

    protected FileServer Server => _server;

    public virtual async Task InitializeAsync() => _server = await FileServer.StartAsync(Settings());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_uploaded_photo_is_typed_from_its_bytes_and_streams_back_with_length_etag_and_its_name()
    {
        var bytes = Png(300_000);

        var created = await Upload(bytes, "evidence.jpg"); // the name says JPEG, the bytes say PNG

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var file = (await created.Content.ReadFromJsonAsync<UploadedFile>())!;
        file.ContentType.ShouldBe("image/png");
        file.Length.ShouldBe(bytes.Length);
        file.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var download = await Server.Http.GetAsync($"/files/{file.Key}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        download.Content.Headers.ContentLength.ShouldBe(bytes.Length);
        download.Content.Headers.ContentDisposition!.FileName.ShouldBe("evidence.jpg");
        download.Headers.ETag!.Tag.ShouldBe($"\"{file.Sha256}\"");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
    }

    [Fact]
    public async Task A_range_request_gets_206_with_just_those_bytes_and_a_matching_etag_gets_304()
    {
        var bytes = Png(900_000);
        var file = (await (await Upload(bytes, "plan.png")).Content.ReadFromJsonAsync<UploadedFile>())!;

        var range = new HttpRequestMessage(HttpMethod.Get, $"/files/{file.Key}");
        range.Headers.Range = new RangeHeaderValue(500_000, 500_099);
        var partial = await Server.Http.SendAsync(range);
        partial.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        partial.Content.Headers.ContentRange!.ToString().ShouldBe($"bytes 500000-500099/{bytes.Length}");
        (await partial.Content.ReadAsByteArrayAsync()).ShouldBe(bytes[500_000..500_100]);

        var cached = new HttpRequestMessage(HttpMethod.Get, $"/files/{file.Key}");
        cached.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{file.Sha256}\""));
        (await Server.Http.SendAsync(cached)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("report.pdf", "%PDF-1.7\n1 0 obj\n", "application/pdf")]
    [InlineData("notes.txt", "Mop the lobby, then the stairs. Ünïcödé is fine.\r\n", "text/plain")]
    [InlineData("stock.csv", "sku,quantity\nSOAP-1,4\n", "text/csv")]
    public async Task Documents_and_text_are_accepted_as_what_their_bytes_are(string name, string content, string expected)
    {
        var created = await Upload(System.Text.Encoding.UTF8.GetBytes(content), name);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await created.Content.ReadFromJsonAsync<UploadedFile>())!.ContentType.ShouldBe(expected);
    }

    [Fact]
    public async Task A_program_named_like_a_photo_is_refused_with_415_naming_the_field_and_nothing_is_stored()
    {
        var executable = new byte[4096];
        "MZ"u8.CopyTo(executable);
        executable[100] = 0; // binary, not text

        var refused = await Upload(executable, "holiday.png");

        await ShouldBeRefused(refused, HttpStatusCode.UnsupportedMediaType);
        await ShouldStoreNothing();
    }

    [Fact]
    public async Task An_empty_file_is_refused_with_400()
    {
        await ShouldBeRefused(await Upload([], "empty.txt"), HttpStatusCode.BadRequest);
        await ShouldStoreNothing();
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413_and_nothing_is_stored()
    {
        // The limit in these tests is 1 MB.
        await ShouldBeRefused(await Upload(Png(1024 * 1024 + 1), "big.png"), HttpStatusCode.RequestEntityTooLarge);
        await ShouldStoreNothing();
    }

    [Fact]
    public async Task A_body_that_declares_it_is_far_over_the_limit_is_refused_with_413_naming_the_file_and_nothing_is_stored()
    {
        await ShouldBeRefused(await Upload(Png(3 * 1024 * 1024), "huge.png"), HttpStatusCode.RequestEntityTooLarge);
        await ShouldStoreNothing();
    }

    [Fact]
    public async Task A_chunked_body_that_other_parts_push_over_the_limit_is_refused_with_413_naming_the_file()
    {
        // The file alone (900 kB) is within the 1 MB limit; with a 300 kB field before it the body is not.
        var part = new StreamContent(new MemoryStream(Png(900_000)));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { new StringContent(new string('x', 300_000)), "note" }, { part, "file", "big.png" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/files") { Content = form };
        request.Headers.TransferEncodingChunked = true;

        await ShouldBeRefused(await Server.Http.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
        await ShouldStoreNothing();
    }

    [Fact]
    public async Task A_request_without_a_file_part_is_refused_naming_the_field()
    {
        using var form = new MultipartFormDataContent { { new StringContent("hello"), "note" } };
        await ShouldBeRefused(await Server.Http.PostAsync("/files", form), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_name_with_a_path_and_control_characters_is_stored_as_its_plain_last_part()
    {
        var created = await Upload(Png(10), "..\\..\\etc/pass\u0001wd\u0007.png");

        (await created.Content.ReadFromJsonAsync<UploadedFile>())!.FileName.ShouldBe("passwd.png");
    }

    [Theory]
    [InlineData("invoice\u202Egnp.exe", "invoicegnp.exe")] // a right-to-left override would show it as "invoiceexe.png"
    [InlineData("zero\u200Bwidth.png", "zerowidth.png")]
    [InlineData("../..", "file")]
    [InlineData("r\u00E9sum\u00E9 \U0001F4F7.png", "r\u00E9sum\u00E9 \U0001F4F7.png")] // letters and emoji stay
    public async Task Invisible_characters_are_dropped_from_a_name_and_a_name_left_empty_becomes_file(string sent, string stored)
    {
        var created = await Upload(Png(10), sent);

        (await created.Content.ReadFromJsonAsync<UploadedFile>())!.FileName.ShouldBe(stored);
    }

    [Fact]
    public async Task Deleting_a_file_removes_its_bytes_and_the_sweep_lists_only_files_older_than_asked()
    {
        var file = (await (await Upload(Png(10), "a.png")).Content.ReadFromJsonAsync<UploadedFile>())!;
        var future = DateTimeOffset.UtcNow.AddMinutes(5);

        (await ListAsync("tests", future)).ShouldBe([file.Key]);
        (await ListAsync("tests", DateTimeOffset.UtcNow.AddMinutes(-5))).ShouldBeEmpty();

        await Server.Store.DeleteAsync(new FileKey(file.Key), default);
        (await Server.Store.OpenReadAsync(new FileKey(file.Key), default)).ShouldBeNull();
        await Server.Store.DeleteAsync(new FileKey(file.Key), default); // twice is fine
    }

    [Fact]
    public async Task A_write_that_fails_half_way_leaves_nothing_under_the_key()
    {
        var key = FileKey.Of("tests", "half");

        var failure = await Should.ThrowAsync<Exception>(() => Server.Store.PutAsync(key, new FailingStream(256 * 1024), "image/png", default));
        failure.ToString().ShouldContain("The client went away.");

        (await Server.Store.OpenReadAsync(key, default)).ShouldBeNull(failure.ToString());
    }

    [Fact]
    public async Task An_attached_image_gets_a_thumbnail_next_to_it_and_a_commit_that_fails_removes_both()
    {
        var attachments = Server.Services.GetRequiredService<FileAttachments>();
        var key = FileKey.Of("tests", Guid.NewGuid().ToString("N"));
        await using var upload = await ReceivedAsync(TestFiles.Jpeg(800, 600), "image/jpeg");

        var file = await attachments.StoreAsync(key, upload, Guid.NewGuid(), default);

        file.HasThumbnail.ShouldBeTrue();
        await using (var thumbnail = (await Server.Store.OpenReadAsync(FileAttachments.ThumbnailOf(key), default))!)
        {
            var bytes = new MemoryStream();
            await thumbnail.Content.CopyToAsync(bytes);
            var (width, height, _) = TestFiles.Inspect(bytes.ToArray());
            (width, height).ShouldBe((320, 240));
        }
        await Should.ThrowAsync<InvalidOperationException>(() => attachments.CommitAsync(key, () => throw new InvalidOperationException("commit refused")));
        (await Server.Store.OpenReadAsync(key, default)).ShouldBeNull();
        (await Server.Store.OpenReadAsync(FileAttachments.ThumbnailOf(key), default)).ShouldBeNull();
    }

    [Fact]
    public async Task The_sweep_removes_files_a_day_old_that_no_record_names_with_their_thumbnails_and_keeps_known_ones()
    {
        var attachments = Server.Services.GetRequiredService<FileAttachments>();
        var (known, orphan) = (Guid.NewGuid(), Guid.NewGuid());
        foreach (var id in new[] { known, orphan })
        {
            await using var upload = await ReceivedAsync(TestFiles.Jpeg(40, 30), "image/jpeg");
            await attachments.StoreAsync(FileKey.Of("tests", id.ToString("N")), upload, Guid.NewGuid(), default);
        }
        var now = new FileAttachments(Server.Store, Server.Services.GetRequiredService<ImageThumbnails>(), TimeProvider.System);
        var twoDaysOn = new FileAttachments(Server.Store, Server.Services.GetRequiredService<ImageThumbnails>(), new LaterClock(TimeSpan.FromDays(2)));
        Task<IReadOnlyCollection<Guid>> Existing(IReadOnlyList<Guid> ids, CancellationToken _) => Task.FromResult<IReadOnlyCollection<Guid>>(ids.Where(i => i == known).ToList());

        (await now.SweepAsync("tests", Existing, default)).ShouldBe(0); // nothing is a day old yet
        (await twoDaysOn.SweepAsync("tests", Existing, default)).ShouldBe(2);

        (await ListAsync("tests", DateTimeOffset.UtcNow.AddMinutes(5))).ShouldBe([$"tests/{known:N}", $"tests/{known:N}.thumb"], ignoreOrder: true);
    }

    private static async Task<ReceivedUpload> ReceivedAsync(byte[] bytes, string contentType)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ops-upload-{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(path, bytes);
        return new ReceivedUpload(path, "photo.jpg", contentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private sealed class LaterClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
    }

    protected Task<HttpResponseMessage> Upload(byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", name);
        return Server.Http.PostAsync("/files", form);
    }

    protected static byte[] Png(int length)
    {
        var bytes = new byte[Math.Max(length, 8)];
        Random.Shared.NextBytes(bytes);
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }

    private async Task<List<string>> ListAsync(string prefix, DateTimeOffset before)
    {
        var keys = new List<string>();
        await foreach (var key in Server.Store.ListAsync(prefix, before, default)) keys.Add(key.Value);
        return keys;
    }

    private async Task ShouldStoreNothing() => (await ListAsync("tests", DateTimeOffset.UtcNow.AddMinutes(5))).ShouldBeEmpty();

    private static async Task ShouldBeRefused(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("file").GetArrayLength().ShouldBe(1);
    }

    /// <summary>Claims twice the bytes it yields, then fails half way as a dropped client connection would.</summary>
    private sealed class FailingStream(int failAfter) : Stream
    {
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= failAfter) throw new IOException("The client went away.");
            var read = (int)Math.Min(count, failAfter - _position);
            Array.Clear(buffer, offset, read);
            _position += read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => failAfter * 2L;
        public override long Position { get => _position; set => _position = value; }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => _position = origin == SeekOrigin.Begin ? offset : _position + offset;
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
