using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Inspections.ListInspections;

public sealed class ListInspectionsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_client_reads_inspection_outcomes_only_where_the_site_grants_it()
    {
        var granting = await CrewAtSite.CreateAsync(api, clientSeesInspections: true);
        var withholding = await CrewAtSite.CreateAsync(api);
        var client = await granting.AddMemberAsync(api, Roles.Client);
        await withholding.Manager.Assign(withholding.SiteId, client.UserId, "client");
        var visible = await granting.Manager.NewInspectionId(granting.SiteId);
        var hidden = await withholding.Manager.NewInspectionId(withholding.SiteId);

        (await (await client.Http.GetAsync(JanitorialApi.Inspections)).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBe([visible]);
        await (await client.Http.GetAsync($"{JanitorialApi.Inspections}/{visible}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await client.Http.GetAsync($"{JanitorialApi.Inspections}/{hidden}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_clients_inspections_are_never_visible_even_when_granted()
    {
        var granting = await CrewAtSite.CreateAsync(api, clientSeesInspections: true);
        var id = await granting.Manager.NewInspectionId(granting.SiteId);
        var otherClient = await api.SignInAsNewUserAsync(Roles.Client);
        await granting.Manager.Assign(await granting.Manager.NewSiteId(clientSeesInspections: true), otherClient.UserId, "client");

        await (await otherClient.Http.GetAsync($"{JanitorialApi.Inspections}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await (await otherClient.Http.GetAsync(JanitorialApi.Inspections)).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBeEmpty();
    }

    [Fact]
    public async Task Filters_by_score_below_and_date_range_and_sorts_by_score()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var low = await crew.Manager.NewInspectionId(crew.SiteId, score: 40, date: "2026-10-01");
        var mid = await crew.Manager.NewInspectionId(crew.SiteId, score: 65, date: "2026-10-15");
        await crew.Manager.NewInspectionId(crew.SiteId, score: 95, date: "2026-10-20");
        await crew.Manager.NewInspectionId(crew.SiteId, score: 30, date: "2026-09-01");

        var body = await (await crew.Manager.GetAsync($"{JanitorialApi.Inspections}?siteId={crew.SiteId}&scoreBelow=70&from=2026-10-01&to=2026-10-31&sort=-score"))
            .ShouldHaveStatus(HttpStatusCode.OK);

        body.Ids().ShouldBe([mid, low]);
        (await (await crew.Manager.GetAsync($"{JanitorialApi.Inspections}?siteId={crew.SiteId}&passed=true")).ShouldHaveStatus(HttpStatusCode.OK))
            .ShouldListExactly(1);
    }

    [Theory]
    [InlineData("scoreBelow=200", "scoreBelow")]
    [InlineData("sort=findings", "sort")]
    [InlineData("from=2026-02-01&to=2026-01-01", "to")]
    public async Task Bad_filters_are_named_in_a_400(string query, string field)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.GetAsync($"{JanitorialApi.Inspections}?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }
}
