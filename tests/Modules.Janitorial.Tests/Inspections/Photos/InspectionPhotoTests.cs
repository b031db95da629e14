using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Janitorial.Inspections.Photos.SweepOrphanPhotos;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Inspections.Photos;

/// <summary>
/// Photos attached to inspections through real uploads: readable and writable by exactly those who may read and write
/// the inspection (404 for anyone else), typed from their bytes, removed with their record, orphans swept.
/// </summary>
public sealed class InspectionPhotoTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_inspector_attaches_photos_and_whoever_may_read_the_inspection_lists_and_downloads_them()
    {
        var crew = await CrewAtSite.CreateAsync(api, clientSeesInspections: true);
        var inspector = await crew.AddMemberAsync(api, Roles.Inspector);
        var client = await crew.AddMemberAsync(api, Roles.Client);
        var id = await inspector.Http.NewInspectionId(crew.SiteId);
        var bytes = Png(50_000);

        var created = await (await Upload(inspector.Http, id, bytes, "lobby before.png")).ShouldHaveStatus(HttpStatusCode.Created);
        await (await Upload(inspector.Http, id, Png(10), "lobby after.png")).ShouldHaveStatus(HttpStatusCode.Created);

        created.GetProperty("contentType").GetString().ShouldBe("image/png");
        created.GetProperty("length").GetInt64().ShouldBe(bytes.Length);
        created.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var listed = await (await client.Http.GetAsync($"{JanitorialApi.Inspections}/{id}/photos")).ShouldHaveStatus(HttpStatusCode.OK);
        listed.Items().Select(p => p.GetProperty("fileName").GetString()).ShouldBe(["lobby before.png", "lobby after.png"]);
        listed.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        var download = await client.Http.GetAsync(created.GetProperty("contentUrl").GetString());
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        download.Headers.ETag!.Tag.ShouldBe($"\"{created.GetProperty("sha256").GetString()}\"");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
    }

    [Fact]
    public async Task Anyone_who_may_not_read_the_inspection_gets_404_for_its_photos_and_anyone_who_may_not_write_it_cannot_attach()
    {
        var crew = await CrewAtSite.CreateAsync(api, clientSeesInspections: false);
        var inspector = await crew.AddMemberAsync(api, Roles.Inspector);
        var client = await crew.AddMemberAsync(api, Roles.Client); // the site does not grant inspections to its client
        var elsewhere = await CrewAtSite.CreateAsync(api);
        var otherInspector = await elsewhere.AddMemberAsync(api, Roles.Inspector);
        var id = await inspector.Http.NewInspectionId(crew.SiteId);
        var photo = await (await Upload(inspector.Http, id, Png(100), "a.png")).ShouldHaveStatus(HttpStatusCode.Created);
        var url = photo.GetProperty("contentUrl").GetString();

        foreach (var outsider in new[] { client.Http, otherInspector.Http })
        {
            await (await outsider.GetAsync($"{JanitorialApi.Inspections}/{id}/photos")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        // The site's technician may read the inspection, not change it; the other site's inspector may do neither.
        (await crew.Technician.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await Upload(crew.Technician.Http, id, Png(100), "b.png")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Upload(otherInspector.Http, id, Png(100), "b.png")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await crew.Technician.Http.DeleteAsync($"{JanitorialApi.Inspections}/{id}/photos/{photo.GetProperty("id").GetGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_inspection_photo WHERE inspection_id = $1", id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_pdf_or_a_disguised_program_is_not_a_photo_and_is_refused_with_415_storing_nothing()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var id = await crew.Manager.NewInspectionId(crew.SiteId);

        await (await Upload(crew.Manager, id, "%PDF-1.7\n"u8.ToArray(), "report.pdf")).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "file");
        var program = new byte[512];
        "MZ"u8.CopyTo(program);
        await (await Upload(crew.Manager, id, program, "photo.png")).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "file");
        await (await Upload(crew.Manager, id, [], "empty.png")).ShouldBeProblem(HttpStatusCode.BadRequest, "file");

        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_inspection_photo WHERE inspection_id = $1", id)).ShouldBe(0);
        StoredFiles(id).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_photo_over_the_limit_is_a_413_and_the_hosts_small_body_limit_does_not_apply_to_uploads()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var id = await crew.Manager.NewInspectionId(crew.SiteId);

        // 3 MB is over the host's 1 MB JSON body limit but within the 25 MB upload limit.
        await (await Upload(crew.Manager, id, Png(3 * 1024 * 1024), "wide.png")).ShouldHaveStatus(HttpStatusCode.Created);
        await (await Upload(crew.Manager, id, Png(26 * 1024 * 1024), "huge.png")).ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "file");
        StoredFiles(id).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Removing_a_photo_or_its_inspection_removes_the_stored_bytes()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var id = await crew.Manager.NewInspectionId(crew.SiteId);
        var first = (await (await Upload(crew.Manager, id, Png(100), "a.png")).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await Upload(crew.Manager, id, Png(100), "b.png")).ShouldHaveStatus(HttpStatusCode.Created);

        await (await crew.Manager.DeleteAsync($"{JanitorialApi.Inspections}/{id}/photos/{first}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        StoredFiles(id).Count.ShouldBe(1);
        await (await crew.Manager.DeleteAsync($"{JanitorialApi.Inspections}/{id}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        StoredFiles(id).ShouldBeEmpty();
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_inspection_photo WHERE inspection_id = $1", id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_real_photo_gets_a_thumbnail_for_lists_readable_as_the_inspection_and_the_old_photo_url_stays_beside_the_uploads()
    {
        var crew = await CrewAtSite.CreateAsync(api, clientSeesInspections: false);
        var inspector = await crew.AddMemberAsync(api, Roles.Inspector);
        var outsider = await (await CrewAtSite.CreateAsync(api)).AddMemberAsync(api, Roles.Inspector);
        var id = await inspector.Http.NewInspectionId(crew.SiteId); // recorded with photoUrl https://photos.example.com/lobby.jpg

        var photo = await (await inspector.Http.PostAsync($"{JanitorialApi.Inspections}/{id}/photos", TestFiles.Multipart(TestFiles.Jpeg(1200, 900), "lobby.jpg")))
            .ShouldHaveStatus(HttpStatusCode.Created);

        var thumbnailUrl = photo.GetProperty("thumbnailUrl").GetString()!;
        var listed = await (await crew.Technician.Http.GetAsync($"{JanitorialApi.Inspections}/{id}/photos")).ShouldHaveStatus(HttpStatusCode.OK);
        listed.Items().Single().GetProperty("thumbnailUrl").GetString().ShouldBe(thumbnailUrl);
        var thumbnail = await crew.Technician.Http.GetAsync(thumbnailUrl);
        thumbnail.StatusCode.ShouldBe(HttpStatusCode.OK);
        thumbnail.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        var (width, height, _) = TestFiles.Inspect(await thumbnail.Content.ReadAsByteArrayAsync());
        (width, height).ShouldBe((320, 240));
        await (await outsider.Http.GetAsync(thumbnailUrl)).ShouldBeProblem(HttpStatusCode.NotFound);
        var inspection = await (await inspector.Http.GetAsync($"{JanitorialApi.Inspections}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        inspection.GetProperty("photoUrl").GetString().ShouldBe("https://photos.example.com/lobby.jpg");

        StoredFiles(id).Count.ShouldBe(2); // the photo and its thumbnail
        await (await inspector.Http.DeleteAsync($"{JanitorialApi.Inspections}/{id}/photos/{photo.GetProperty("id").GetGuid()}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        StoredFiles(id).ShouldBeEmpty();
        await (await inspector.Http.GetAsync(thumbnailUrl)).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_image_no_decoder_can_read_is_kept_without_a_thumbnail()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var id = await crew.Manager.NewInspectionId(crew.SiteId);

        var photo = await (await Upload(crew.Manager, id, Png(5000), "scan.png")).ShouldHaveStatus(HttpStatusCode.Created);

        photo.GetProperty("thumbnailUrl").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await (await crew.Manager.GetAsync($"{JanitorialApi.Inspections}/{id}/photos/{photo.GetProperty("id").GetGuid()}/thumbnail")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await crew.Manager.GetAsync(photo.GetProperty("contentUrl").GetString())).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_sweep_removes_bytes_and_thumbnails_a_day_old_that_no_photo_record_names_and_keeps_the_rest()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var id = await crew.Manager.NewInspectionId(crew.SiteId);
        await (await Upload(crew.Manager, id, Png(100), "kept.png")).ShouldHaveStatus(HttpStatusCode.Created);
        // What a host that died between storing the bytes and committing the record leaves behind.
        var folder = Path.Combine(api.FilesRoot, "janitorial", "inspections", id.ToString("N"));
        var orphan = Path.Combine(folder, Guid.CreateVersion7().ToString("N"));
        var fresh = Path.Combine(folder, Guid.CreateVersion7().ToString("N"));
        await File.WriteAllBytesAsync(orphan, Png(100));
        await File.WriteAllBytesAsync(orphan + ".thumb", Png(100));
        await File.WriteAllBytesAsync(fresh, Png(100));
        foreach (var file in Directory.GetFiles(folder).Where(f => f != fresh)) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-2));

        await using var scope = api.Services.CreateAsyncScope();
        var removed = await ActivatorUtilities.CreateInstance<SweepOrphanPhotosJob>(scope.ServiceProvider).SweepAsync(CancellationToken.None);

        removed.ShouldBe(2);
        File.Exists(orphan).ShouldBeFalse();
        File.Exists(orphan + ".thumb").ShouldBeFalse();
        File.Exists(fresh).ShouldBeTrue(); // younger than a day: its record may still be on its way
        StoredFiles(id).Count.ShouldBe(2);
    }

    private List<string> StoredFiles(Guid inspectionId)
    {
        var folder = Path.Combine(api.FilesRoot, "janitorial", "inspections", inspectionId.ToString("N"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder).ToList() : [];
    }

    private static Task<HttpResponseMessage> Upload(HttpClient http, Guid inspectionId, byte[] bytes, string name)
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return http.PostAsync($"{JanitorialApi.Inspections}/{inspectionId}/photos", new MultipartFormDataContent { { part, "file", name } });
    }

    private static byte[] Png(int length)
    {
        var bytes = new byte[Math.Max(length, 8)];
        Random.Shared.NextBytes(bytes);
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }
}
