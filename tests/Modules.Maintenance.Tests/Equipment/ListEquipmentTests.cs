using System.Net;
using OpsPlatform.Identity.Contracts;

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
    public async Task Pages_are_1_based_say_whether_more_follow_and_an_empty_page_past_the_end_has_none()
    {
        var sizes = new List<int>();
        var more = new List<bool>();
        for (var page = 1; page <= 4; page++)
        {
            var body = await (await _manager.GetAsync($"{EquipmentApi.Route}?page={page}&pageSize=10")).ShouldHaveStatus(HttpStatusCode.OK);
            sizes.Add(body.GetProperty("items").GetArrayLength());
            more.Add(body.GetProperty("hasMore").GetBoolean());
            body.GetProperty("page").GetInt32().ShouldBe(page);
            body.GetProperty("pageSize").GetInt32().ShouldBe(10);
            body.TryGetProperty("totalItems", out _).ShouldBeFalse();
            body.TryGetProperty("totalPages", out _).ShouldBeFalse();
        }

        sizes.ShouldBe([10, 10, 3, 0]);
        more.ShouldBe([true, true, false, false]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Count_true_adds_the_totals_on_every_page(int page)
    {
        var body = await (await _manager.GetAsync($"{EquipmentApi.Route}?page={page}&pageSize=10&count=true")).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("totalItems").GetInt64().ShouldBe(23);
        body.GetProperty("totalPages").GetInt32().ShouldBe(3);
        body.GetProperty("hasMore").GetBoolean().ShouldBe(page < 3);
    }

    [Fact]
    public async Task A_page_that_ends_exactly_at_the_last_row_has_no_more()
    {
        var full = await (await _manager.GetAsync($"{EquipmentApi.Route}?pageSize=23")).ShouldHaveStatus(HttpStatusCode.OK);
        var oneShort = await (await _manager.GetAsync($"{EquipmentApi.Route}?pageSize=22")).ShouldHaveStatus(HttpStatusCode.OK);

        full.ShouldListExactly(23);
        oneShort.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
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

        body.ShouldListExactly(11);
        body.GetProperty("items").EnumerateArray().ShouldAllBe(e => e.GetProperty("type").GetString() == "pump");
    }

    [Fact]
    public async Task Filters_by_status_spelled_as_in_json_bodies()
    {
        var body = await (await _manager.GetAsync($"{EquipmentApi.Route}?status=operational&pageSize=100")).ShouldHaveStatus(HttpStatusCode.OK);

        body.ShouldListExactly(23);
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
