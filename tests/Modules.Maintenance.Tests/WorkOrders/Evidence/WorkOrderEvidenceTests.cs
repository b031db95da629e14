using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.SweepOrphanEvidence;
using SkiaSharp;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.Evidence;

/// <summary>
/// Photos and the completion signature of a work order, through real uploads: readable by exactly those who may see the
/// work order and writable by those who may work on it (404 for anyone else), images only, thumbnails for lists,
/// bytes removed with their record, orphans swept, a failed commit leaving nothing behind.
/// </summary>
public sealed class WorkOrderEvidenceTests(EvidenceHost api) : IClassFixture<EvidenceHost>
{
    [Fact]
    public async Task The_technician_attaches_photos_and_the_requester_and_managers_list_them_with_thumbnails_and_download_them()
    {
        var crew = await api.CrewAsync();
        var requester = await api.SignInAsNewUserAsync(Roles.Member);
        var id = (await requester.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();
        await (await crew.Manager.Http.Assign(id, crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);
        var photo = TestFiles.Jpeg(1600, 1200);

        var created = await crew.Technician.Http.AddPhoto(id, photo, "valve before.jpg").ShouldBeCreatedEvidence();
        await crew.Technician.Http.AddPhoto(id, TestFiles.UndecodablePng(2000), "scan.png").ShouldBeCreatedEvidence();

        created.GetProperty("kind").GetString().ShouldBe("photo");
        created.GetProperty("contentType").GetString().ShouldBe("image/jpeg");
        created.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(photo)));
        foreach (var reader in new[] { requester.Http, crew.Manager.Http })
        {
            var listed = await (await reader.GetAsync(EvidenceApi.Evidence(id))).ShouldHaveStatus(HttpStatusCode.OK);
            listed.Items().Select(e => e.GetProperty("fileName").GetString()).ShouldBe(["valve before.jpg", "scan.png"]);
            listed.Items().Select(e => e.GetProperty("thumbnailUrl").ValueKind).ShouldBe([System.Text.Json.JsonValueKind.String, System.Text.Json.JsonValueKind.Null]);
            var download = await reader.GetAsync(created.GetProperty("contentUrl").GetString());
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
            download.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
            (await download.Content.ReadAsByteArrayAsync()).ShouldBe(photo);
        }

        var thumbnail = await requester.Http.GetAsync(created.GetProperty("thumbnailUrl").GetString());
        thumbnail.StatusCode.ShouldBe(HttpStatusCode.OK);
        thumbnail.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        var bytes = await thumbnail.Content.ReadAsByteArrayAsync();
        bytes.Length.ShouldBeLessThan(photo.Length / 5);
        var (width, height, _) = TestFiles.Inspect(bytes);
        (width, height).ShouldBe((320, 240));
    }

    [Fact]
    public async Task A_phone_photo_taken_upright_gets_an_upright_thumbnail()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        // Stored 400 x 200 with the red quarter top-left; EXIF orientation 6 turns it 90° clockwise for display.
        var created = await crew.Technician.Http.AddPhoto(id, TestFiles.Jpeg(400, 200, exifOrientation: 6)).ShouldBeCreatedEvidence();

        var thumbnail = await (await crew.Technician.Http.GetAsync(created.GetProperty("thumbnailUrl").GetString())).Content.ReadAsByteArrayAsync();
        var (width, height, topRight) = TestFiles.Inspect(thumbnail, x: 150, y: 5);
        (width, height).ShouldBe((160, 320));
        topRight.Red.ShouldBeGreaterThan((byte)200); // the red quarter is now top-right
        TestFiles.Inspect(thumbnail, x: 5, y: 5).Pixel.Blue.ShouldBeGreaterThan((byte)200);
    }

    [Fact]
    public async Task Anyone_who_may_not_see_the_work_order_gets_404_and_anyone_who_may_not_work_on_it_cannot_attach_or_remove()
    {
        var crew = await api.CrewAsync();
        var requester = await api.SignInAsNewUserAsync(Roles.Member);
        var id = (await requester.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();
        await (await crew.Manager.Http.Assign(id, crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);
        var photo = await crew.Technician.Http.AddPhoto(id, TestFiles.Jpeg(64, 48)).ShouldBeCreatedEvidence();
        var evidenceId = photo.GetProperty("id").GetGuid();
        var otherTechnician = (await api.CrewAsync()).Technician;
        var stranger = await api.SignInAsNewUserAsync(Roles.Member);

        foreach (var outsider in new[] { otherTechnician.Http, stranger.Http })
        {
            await (await outsider.GetAsync(EvidenceApi.Evidence(id))).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.GetAsync(photo.GetProperty("contentUrl").GetString())).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.GetAsync(photo.GetProperty("thumbnailUrl").GetString())).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        // The requester sees the work order but does not work on it; the other crew's technician does neither.
        foreach (var nonWorker in new[] { requester.Http, otherTechnician.Http, stranger.Http })
        {
            await (await nonWorker.AddPhoto(id, TestFiles.Jpeg(64, 48))).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await nonWorker.DeleteAsync($"{EvidenceApi.Evidence(id)}/{evidenceId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        // Evidence of one work order is not reachable through another the caller may see.
        var mine = await crew.AssignedWorkOrderAsync();
        await (await crew.Technician.Http.GetAsync($"{EvidenceApi.Evidence(mine)}/{evidenceId}/content")).ShouldBeProblem(HttpStatusCode.NotFound);

        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order_evidence WHERE work_order_id = $1", id)).ShouldBe(1);
        api.StoredFiles(id).Count.ShouldBe(2); // the photo and its thumbnail
    }

    [Fact]
    public async Task A_signature_is_taken_only_on_completion_and_a_new_one_replaces_the_old_one_and_its_bytes()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Technician.Http.Sign(id, TestFiles.Jpeg(300, 100))).ShouldBeProblem(HttpStatusCode.Conflict);
        api.StoredFiles(id).ShouldBeEmpty();
        await crew.CompleteAsync(id);
        var first = await crew.Technician.Http.Sign(id, TestFiles.Jpeg(300, 100), "first.jpg").ShouldBeCreatedEvidence();
        var second = await crew.Manager.Http.Sign(id, TestFiles.Jpeg(300, 100), "second.jpg").ShouldBeCreatedEvidence();

        second.GetProperty("kind").GetString().ShouldBe("signature");
        var signatures = await (await crew.Technician.Http.GetAsync($"{EvidenceApi.Evidence(id)}?kind=signature")).ShouldHaveStatus(HttpStatusCode.OK);
        signatures.Items().Select(e => e.GetProperty("fileName").GetString()).ShouldBe(["second.jpg"]);
        await (await crew.Technician.Http.GetAsync(first.GetProperty("contentUrl").GetString())).ShouldBeProblem(HttpStatusCode.NotFound);
        api.StoredFiles(id).ShouldBe([second.GetProperty("id").GetGuid().ToString("N"), second.GetProperty("id").GetGuid().ToString("N") + ".thumb"], ignoreOrder: true);
        await (await crew.Technician.Http.GetAsync($"{EvidenceApi.Evidence(id)}?kind=scribble")).ShouldBeProblem(HttpStatusCode.BadRequest, "kind");
    }

    [Fact]
    public async Task Every_bad_upload_is_a_problem_naming_the_file_and_stores_nothing()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        var program = new byte[512];
        "MZ"u8.CopyTo(program);

        await (await crew.Technician.Http.AddPhoto(id, "%PDF-1.7\n"u8.ToArray(), "report.pdf")).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "file");
        await (await crew.Technician.Http.AddPhoto(id, program, "photo.jpg")).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "file");
        await (await crew.Technician.Http.AddPhoto(id, [], "empty.jpg")).ShouldBeProblem(HttpStatusCode.BadRequest, "file");
        await (await crew.Technician.Http.AddPhoto(id, TestFiles.UndecodablePng(EvidenceHost.MaxUploadBytes + 1), "huge.png"))
            .ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "file");
        using (var noFile = new MultipartFormDataContent { { new StringContent("hello"), "note" } })
            await (await crew.Technician.Http.PostAsync($"{EvidenceApi.Evidence(id)}/photos", noFile)).ShouldBeProblem(HttpStatusCode.BadRequest, "file");
        // Not multipart at all: routing refuses it before the endpoint runs (the endpoint declares what it accepts).
        await (await crew.Technician.Http.PostAsJsonAsync($"{EvidenceApi.Evidence(id)}/photos", new { file = "x" })).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);

        var named = await crew.Technician.Http.AddPhoto(id, TestFiles.Jpeg(32, 32), "..\\..\\etc/pass\u0001wd\u202E.jpg").ShouldBeCreatedEvidence();
        named.GetProperty("fileName").GetString().ShouldBe("passwd.jpg");
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order_evidence WHERE work_order_id = $1", id)).ShouldBe(1);
        api.StoredFiles(id).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_closed_work_order_takes_no_more_evidence_and_keeps_what_it_has()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        var photo = await crew.Technician.Http.AddPhoto(id, TestFiles.Jpeg(64, 48)).ShouldBeCreatedEvidence();
        await crew.CompleteAsync(id);
        await (await crew.Manager.Http.ChangeStatus(id, "closed")).ShouldHaveStatus(HttpStatusCode.OK);

        await (await crew.Manager.Http.AddPhoto(id, TestFiles.Jpeg(64, 48))).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await crew.Manager.Http.Sign(id, TestFiles.Jpeg(64, 48))).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await crew.Manager.Http.DeleteAsync($"{EvidenceApi.Evidence(id)}/{photo.GetProperty("id").GetGuid()}")).ShouldBeProblem(HttpStatusCode.Conflict);
        (await crew.Manager.Http.GetAsync(photo.GetProperty("contentUrl").GetString())).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Removing_evidence_or_deleting_its_work_order_removes_the_bytes_and_thumbnails()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        var first = (await crew.Technician.Http.AddPhoto(id, TestFiles.Jpeg(64, 48)).ShouldBeCreatedEvidence()).GetProperty("id").GetGuid();
        await crew.Technician.Http.AddPhoto(id, TestFiles.Jpeg(64, 48)).ShouldBeCreatedEvidence();
        api.StoredFiles(id).Count.ShouldBe(4);

        await (await crew.Technician.Http.DeleteAsync($"{EvidenceApi.Evidence(id)}/{first}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        api.StoredFiles(id).Count.ShouldBe(2);
        await (await crew.Manager.Http.DeleteAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        api.StoredFiles(id).ShouldBeEmpty();
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order_evidence WHERE work_order_id = $1", id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_commit_that_fails_after_the_bytes_were_stored_leaves_no_file_and_no_record()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        await crew.Technician.Http.AddPhoto(id, TestFiles.Jpeg(64, 48)).ShouldBeCreatedEvidence(); // the table exists from here on
        // The database refuses this work order's next evidence row at commit time, after the bytes went to the store.
        await api.ScalarAsync<int>($"""
            CREATE FUNCTION maintenance.refuse_evidence_{id:N}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'commit refused'; END $$;
            CREATE TRIGGER refuse_evidence_{id:N} BEFORE INSERT ON maintenance.mt_doc_work_order_evidence
                FOR EACH ROW WHEN (NEW.work_order_id = '{id}') EXECUTE FUNCTION maintenance.refuse_evidence_{id:N}();
            SELECT 1;
            """);
        try
        {
            (await crew.Technician.Http.AddPhoto(id, TestFiles.Jpeg(64, 48))).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        }
        finally
        {
            await api.ScalarAsync<int>($"DROP TRIGGER refuse_evidence_{id:N} ON maintenance.mt_doc_work_order_evidence; SELECT 1;");
        }

        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order_evidence WHERE work_order_id = $1", id)).ShouldBe(1);
        api.StoredFiles(id).Count.ShouldBe(2); // the first photo and its thumbnail only
    }

    [Fact]
    public async Task The_sweep_removes_bytes_and_thumbnails_a_day_old_that_no_evidence_names_and_keeps_the_rest()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        await crew.Technician.Http.AddPhoto(id, TestFiles.Jpeg(64, 48)).ShouldBeCreatedEvidence();
        // What a host that died between storing the bytes and committing the record leaves behind.
        var folder = Path.Combine(api.FilesRoot, "maintenance", "work-orders", id.ToString("N"));
        var orphan = Path.Combine(folder, Guid.CreateVersion7().ToString("N"));
        var fresh = Path.Combine(folder, Guid.CreateVersion7().ToString("N"));
        foreach (var file in new[] { orphan, orphan + ".thumb", fresh }) await File.WriteAllBytesAsync(file, TestFiles.Jpeg(8, 8));
        foreach (var file in Directory.GetFiles(folder).Where(f => f != fresh)) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-2));

        await using var scope = api.Services.CreateAsyncScope();
        var removed = await ActivatorUtilities.CreateInstance<SweepOrphanEvidenceJob>(scope.ServiceProvider).SweepAsync(CancellationToken.None);

        removed.ShouldBe(2);
        File.Exists(orphan).ShouldBeFalse();
        File.Exists(orphan + ".thumb").ShouldBeFalse();
        File.Exists(fresh).ShouldBeTrue(); // younger than a day: its record may still be on its way
        api.StoredFiles(id).Count.ShouldBe(3);
    }
}
