using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.Documents;

/// <summary>Documents through real uploads and downloads: versions kept, client sharing, and 404 for anyone the project keeps out.</summary>
public sealed class DocumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_member_uploads_a_document_and_a_new_version_keeps_the_old_one_downloadable()
    {
        var team = await ProjectTeam.CreateAsync(api);

        var first = await (await team.Member.Http.UploadAsync($"{team.Url}/documents?title=Plan", "version one")).ShouldHaveStatus(HttpStatusCode.Created);
        var id = first.Id();
        var second = await (await team.Owner.Http.UploadAsync($"{PsaApi.Documents}/{id}/versions", "version two, longer", "plan-v2.txt"))
            .ShouldHaveStatus(HttpStatusCode.Created);

        first.GetProperty("title").GetString().ShouldBe("Plan");
        first.GetProperty("ownerId").GetGuid().ShouldBe(team.Member.UserId);
        second.GetProperty("currentVersion").GetInt32().ShouldBe(2);
        second.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("fileName").GetString()).ShouldBe(["plan.txt", "plan-v2.txt"]);
        (await (await team.Member.Http.GetAsync($"{PsaApi.Documents}/{id}/content")).Content.ReadAsStringAsync()).ShouldBe("version two, longer");
        (await (await team.Member.Http.GetAsync($"{PsaApi.Documents}/{id}/content?version=1")).Content.ReadAsStringAsync()).ShouldBe("version one");
        await (await team.Member.Http.GetAsync($"{PsaApi.Documents}/{id}/content?version=3")).ShouldBeProblem(HttpStatusCode.NotFound);
        Directory.GetFiles(Path.Combine(api.FilesRoot, "psa", "projects", team.ProjectId.ToString("N"), "documents", id.ToString("N"))).Length.ShouldBe(2);
    }

    [Fact]
    public async Task Client_viewers_see_only_shared_documents_and_outsiders_none()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var id = (await (await team.Member.Http.UploadAsync($"{team.Url}/documents?sharedWithClients=true", "internal")).ShouldHaveStatus(HttpStatusCode.Created)).Id();

        // A member's upload is not shared: sharing with clients is the owner's call.
        await (await team.Client.Http.GetAsync($"{PsaApi.Documents}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Client.Http.GetAsync($"{PsaApi.Documents}/{id}/content")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await (await team.Client.Http.GetAsync($"{team.Url}/documents")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        await (await team.Member.Http.PutAsJsonAsync($"{PsaApi.Documents}/{id}", new { title = "Plan", sharedWithClients = true })).ShouldBeProblem(HttpStatusCode.NotFound);

        await (await team.Owner.Http.PutAsJsonAsync($"{PsaApi.Documents}/{id}", new { title = "Plan", sharedWithClients = true })).ShouldHaveStatus(HttpStatusCode.OK);
        (await (await team.Client.Http.GetAsync($"{PsaApi.Documents}/{id}/content")).Content.ReadAsStringAsync()).ShouldBe("internal");
        (await (await team.Client.Http.GetAsync($"{team.Url}/documents")).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBe([id]);
        foreach (var outsider in new[] { team.Outsider })
        {
            await (await outsider.Http.GetAsync($"{PsaApi.Documents}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.Http.GetAsync($"{PsaApi.Documents}/{id}/content")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.Http.GetAsync($"{team.Url}/documents")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        var shared = await api.ScalarAsync<string>("SELECT array_to_string(visible_to, ',') FROM psa.live_events WHERE message_type = 'psa.document-shared' AND payload->>'documentId' = $1", id.ToString());
        shared!.Split(',').Select(Guid.Parse).ShouldContain(team.Client.UserId);
    }

    [Fact]
    public async Task Client_viewers_and_outsiders_cannot_upload_and_a_refused_upload_stores_nothing()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var id = (await (await team.Owner.Http.UploadAsync($"{team.Url}/documents", "base")).ShouldHaveStatus(HttpStatusCode.Created)).Id();
        await (await team.Owner.Http.PutAsJsonAsync($"{PsaApi.Documents}/{id}", new { title = "Base", sharedWithClients = true })).ShouldHaveStatus(HttpStatusCode.OK);

        foreach (var intruder in new[] { team.Client, team.Outsider })
        {
            await (await intruder.Http.UploadAsync($"{team.Url}/documents", "sneaky")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await intruder.Http.UploadAsync($"{PsaApi.Documents}/{id}/versions", "sneaky")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        var program = new byte[64];
        "MZ"u8.CopyTo(program);
        var part = new ByteArrayContent(program);
        await (await team.Owner.Http.PostAsync($"{team.Url}/documents", new MultipartFormDataContent { { part, "file", "tool.exe" } }))
            .ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "file");

        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.mt_doc_project_document WHERE project_id = $1", team.ProjectId)).ShouldBe(1);
        Directory.GetDirectories(Path.Combine(api.FilesRoot, "psa", "projects", team.ProjectId.ToString("N"), "documents")).Length.ShouldBe(1);
    }
}
