using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.Documents;

/// <summary>Every read of a document writes one entry in the same request; only the project's owner and admins read the log; nobody changes it.</summary>
public sealed class DocumentAccessLogTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Each_view_download_and_listing_writes_exactly_one_entry_with_user_version_and_action_and_a_refused_read_writes_none()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var id = (await (await team.Owner.Http.UploadAsync($"{team.Url}/documents", "one")).ShouldHaveStatus(HttpStatusCode.Created)).Id();
        await (await team.Owner.Http.UploadAsync($"{PsaApi.Documents}/{id}/versions", "two")).ShouldHaveStatus(HttpStatusCode.Created);
        Task<long> Entries() => api.ScalarAsync<long>("SELECT count(*) FROM psa.mt_doc_document_access WHERE document_id = $1", id);
        (await Entries()).ShouldBe(0);

        await (await team.Member.Http.GetAsync($"{PsaApi.Documents}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        (await Entries()).ShouldBe(1);
        (await team.Member.Http.GetAsync($"{PsaApi.Documents}/{id}/content?version=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Entries()).ShouldBe(2);
        await (await team.Member.Http.GetAsync($"{team.Url}/documents")).ShouldHaveStatus(HttpStatusCode.OK);
        (await Entries()).ShouldBe(3);
        await (await team.Client.Http.GetAsync($"{PsaApi.Documents}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Outsider.Http.GetAsync($"{PsaApi.Documents}/{id}/content")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await Entries()).ShouldBe(3);

        var log = await (await team.Owner.Http.GetAsync($"{PsaApi.Documents}/{id}/access-log")).ShouldHaveStatus(HttpStatusCode.OK);
        log.Items().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("version").GetInt32(), e.GetProperty("userId").GetGuid()))
            .ShouldBe([("view", 2, team.Member.UserId), ("download", 1, team.Member.UserId), ("view", 2, team.Member.UserId)]);
    }

    [Fact]
    public async Task Only_the_projects_owner_and_admins_read_the_log_per_document_and_per_person()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var id = (await (await team.Owner.Http.UploadAsync($"{team.Url}/documents", "one")).ShouldHaveStatus(HttpStatusCode.Created)).Id();
        await (await team.Owner.Http.PutAsJsonAsync($"{PsaApi.Documents}/{id}", new { title = "Shared", sharedWithClients = true })).ShouldHaveStatus(HttpStatusCode.OK);
        (await team.Client.Http.GetAsync($"{PsaApi.Documents}/{id}/content")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var elsewhere = await ProjectTeam.CreateAsync(api);
        var personUrl = $"/api/psa/people/{team.Client.UserId}/document-access";

        foreach (var intruder in new[] { team.Member, team.Client, team.Outsider, team.OtherManager, elsewhere.Owner })
            await (await intruder.Http.GetAsync($"{PsaApi.Documents}/{id}/access-log")).ShouldBeProblem(HttpStatusCode.NotFound);
        foreach (var intruder in new[] { team.Member, team.Client, team.Outsider, team.OtherManager })
            await (await intruder.Http.GetAsync(personUrl)).ShouldBeProblem(HttpStatusCode.NotFound);
        // Another project's owner sees only reads of their own projects' documents: none here.
        (await (await elsewhere.Owner.Http.GetAsync(personUrl)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);

        (await (await team.Owner.Http.GetAsync($"{PsaApi.Documents}/{id}/access-log")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(1);
        (await (await team.Admin.Http.GetAsync($"{PsaApi.Documents}/{id}/access-log")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(1);
        var byPerson = await (await team.Owner.Http.GetAsync(personUrl)).ShouldHaveStatus(HttpStatusCode.OK);
        byPerson.Items().Single().GetProperty("action").GetString().ShouldBe("download");
        (await (await team.Admin.Http.GetAsync(personUrl)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(1);
    }

    [Fact]
    public async Task The_log_is_append_only_no_route_edits_or_deletes_an_entry()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var id = (await (await team.Owner.Http.UploadAsync($"{team.Url}/documents", "one")).ShouldHaveStatus(HttpStatusCode.Created)).Id();
        await (await team.Member.Http.GetAsync($"{PsaApi.Documents}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        var entry = (await (await team.Admin.Http.GetAsync($"{PsaApi.Documents}/{id}/access-log")).ShouldHaveStatus(HttpStatusCode.OK)).Items().Single().Id();

        foreach (var client in new[] { team.Admin.Http, team.Owner.Http })
        {
            (await client.DeleteAsync($"{PsaApi.Documents}/{id}/access-log")).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
            (await client.PutAsJsonAsync($"{PsaApi.Documents}/{id}/access-log", new { })).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
            (await client.DeleteAsync($"{PsaApi.Documents}/{id}/access-log/{entry}")).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        }
        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.mt_doc_document_access WHERE document_id = $1", id)).ShouldBe(1);
    }
}
