using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Sites.ListSites;

/// <summary>12 sites of two clients; a client user is assigned to two of them.</summary>
public sealed class TwelveSites : ApiFactory
{
    public HttpClient Manager { get; private set; } = null!;
    public SignedInClient Client { get; private set; } = null!;
    public List<Guid> ClientSites { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Manager = (await SignInAsNewUserAsync(Roles.Manager)).Http;
        Client = await SignInAsNewUserAsync(Roles.Client);
        for (var i = 1; i <= 12; i++)
        {
            var body = await (await Manager.CreateSite(JanitorialApi.NewSite($"LIST-{i:D2}", serviceLevel: i % 3 == 0 ? "premium" : "basic",
                clientName: i % 2 == 0 ? "Globex" : "Initech"))).ShouldHaveStatus(HttpStatusCode.Created);
            if (i <= 2) ClientSites.Add(body.GetProperty("id").GetGuid());
        }
        foreach (var site in ClientSites) await Manager.Assign(site, Client.UserId, "client");
    }
}

public sealed class ListSitesTests(TwelveSites api) : IClassFixture<TwelveSites>
{
    [Fact]
    public async Task Pages_carry_totals_on_count_true()
    {
        var body = await (await api.Manager.GetAsync($"{JanitorialApi.Sites}?pageSize=5&page=3&sort=siteCode&count=true")).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("totalItems").GetInt64().ShouldBe(12);
        body.GetProperty("totalPages").GetInt32().ShouldBe(3);
        body.Items().Select(s => s.GetProperty("siteCode").GetString()).ShouldBe(["LIST-11", "LIST-12"]);
    }

    [Fact]
    public async Task Filters_by_client_and_service_level_and_sorts_descending()
    {
        var body = await (await api.Manager.GetAsync($"{JanitorialApi.Sites}?clientName=Globex&serviceLevel=premium&sort=-siteCode")).ShouldHaveStatus(HttpStatusCode.OK);

        body.Items().Select(s => s.GetProperty("siteCode").GetString()).ShouldBe(["LIST-12", "LIST-06"]);
    }

    [Fact]
    public async Task A_client_lists_only_their_own_sites()
    {
        var body = await (await api.Client.Http.GetAsync($"{JanitorialApi.Sites}?pageSize=100")).ShouldHaveStatus(HttpStatusCode.OK);

        body.Ids().ShouldBe(api.ClientSites, ignoreOrder: true);
    }

    [Fact]
    public async Task A_member_with_no_assignment_lists_nothing()
    {
        var member = await api.SignInAsNewUserAsync(Roles.Member);

        var body = await (await member.Http.GetAsync(JanitorialApi.Sites)).ShouldHaveStatus(HttpStatusCode.OK);

        body.ShouldListExactly(0);
    }

    [Theory]
    [InlineData("sort=address", "sort")]
    [InlineData("serviceLevel=gold", "serviceLevel")]
    [InlineData("active=maybe", "active")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task Bad_filters_or_sorts_are_named_in_a_400(string query, string field)
    {
        await (await api.Manager.GetAsync($"{JanitorialApi.Sites}?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }
}
