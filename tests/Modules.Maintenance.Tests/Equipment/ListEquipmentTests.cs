using System.Net;
using OpsPlatform.Shared.Kernel.Security;

namespace OpsPlatform.Modules.Maintenance.Tests.Equipment;

/// <summary>23 pieces of equipment, 11 pumps and 12 HVAC units, registered once for the class.</summary>
public sealed class TwentyThreeEquipment : ApiFactory
{
    public HttpClient Manager { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Manager = (await SignInAsNewUserAsync(Roles.Manager)).Http;
        for (var i = 1; i <= 23; i++)
            await (await Manager.Register(EquipmentApi.NewEquipment($"SN-LIST-{i:D2}", type: i % 2 == 0 ? "pump" : "hvac")))
                .ShouldHaveStatus(HttpStatusCode.Created);
    }
}

public sealed class ListEquipmentTests(TwentyThreeEquipment api) : IClassFixture<TwentyThreeEquipment>
{
    private readonly HttpClient _manager = api.Manager;

    [Fact]
    public async Task Pages_are_1_based_with_totals_and_an_empty_page_past_the_end()
    {
        var sizes = new List<int>();
        for (var page = 1; page <= 4; page++)
        {
            var body = await (await _manager.GetAsync($"{EquipmentApi.Route}?page={page}&pageSize=10")).ShouldHaveStatus(HttpStatusCode.OK);
            sizes.Add(body.GetProperty("items").GetArrayLength());
            body.GetProperty("totalItems").GetInt64().ShouldBe(23);
            body.GetProperty("totalPages").GetInt32().ShouldBe(3);
            body.GetProperty("hasPrevious").GetBoolean().ShouldBe(page > 1);
            body.GetProperty("hasNext").GetBoolean().ShouldBe(page < 3);
        }

        sizes.ShouldBe([10, 10, 3, 0]);
    }

    [Fact]
    public async Task Pages_do_not_overlap_when_every_sort_key_is_equal()
    {
        var ids = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            var body = await (await _manager.GetAsync($"{EquipmentApi.Route}?page={page}&pageSize=10&sort=name")).ShouldHaveStatus(HttpStatusCode.OK);
            ids.AddRange(body.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        }

        ids.Count.ShouldBe(23);
        ids.Distinct().Count().ShouldBe(23);
    }

    [Fact]
    public async Task Filters_by_type()
    {
        var body = await (await _manager.GetAsync($"{EquipmentApi.Route}?type=pump&pageSize=100")).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("totalItems").GetInt64().ShouldBe(11);
        body.GetProperty("items").EnumerateArray().ShouldAllBe(e => e.GetProperty("type").GetString() == "pump");
    }

    [Fact]
    public async Task Filters_by_status_spelled_as_in_json_bodies()
    {
        var body = await (await _manager.GetAsync($"{EquipmentApi.Route}?status=operational&pageSize=100")).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("totalItems").GetInt64().ShouldBe(23);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("status=Operational", "status")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("sort=serialNumber", "sort")]
    [InlineData("status=broken", "status")]
    [InlineData("page=abc", "page")]
    public async Task Bad_paging_sorting_or_filter_values_are_named_in_a_400(string query, string field)
    {
        var response = await _manager.GetAsync($"{EquipmentApi.Route}?{query}");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }
}
