using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.ItAssets.Tests.Hardware;

public sealed class HardwareTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Route = "/api/it-assets/hardware";

    private static object Laptop(string tag, Guid? assignedTo = null) => new
    {
        assetTag = tag, name = "ThinkPad", category = "laptop", serialNumber = "PF-1", assignedTo,
        purchasedOn = "2025-01-10", purchaseCost = 1450.50m, warrantyEndsOn = "2028-01-10",
    };

    [Fact]
    public async Task A_manager_registers_hardware_assigned_when_it_has_a_holder()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var holder = Guid.NewGuid();

        var body = await (await manager.Http.PostAsJsonAsync(Route, Laptop("lt-100", holder))).ShouldHaveStatus(HttpStatusCode.Created);

        body.GetProperty("assetTag").GetString().ShouldBe("LT-100");
        body.GetProperty("status").GetString().ShouldBe("assigned");
        body.GetProperty("purchaseCost").GetDecimal().ShouldBe(1450.50m);
    }

    [Fact]
    public async Task A_duplicate_asset_tag_is_a_409_naming_the_field_and_stores_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await (await manager.Http.PostAsJsonAsync(Route, Laptop("DUP-1"))).ShouldHaveStatus(HttpStatusCode.Created);

        var response = await manager.Http.PostAsJsonAsync(Route, Laptop("dup-1"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "assetTag");
        (await api.ScalarAsync<long>("SELECT count(*) FROM it_assets.mt_doc_hardware WHERE asset_tag = 'DUP-1'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_warranty_ending_before_purchase_is_a_422_naming_the_field()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(Route, new
        {
            assetTag = "W-1", name = "Monitor", category = "monitor", purchasedOn = "2025-05-01", warrantyEndsOn = "2025-04-01",
        });

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "warrantyEndsOn");
    }

    [Fact]
    public async Task An_unknown_category_or_negative_cost_is_a_400_naming_the_field()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.PostAsJsonAsync(Route, new { assetTag = "X-1", name = "Thing", category = "toaster" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "category");
        await (await manager.Http.PostAsJsonAsync(Route, new { assetTag = "X-2", name = "Thing", category = "other", purchaseCost = -1 }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "purchaseCost");
    }

    [Fact]
    public async Task A_member_sees_only_the_hardware_assigned_to_them()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var alice = await api.SignInAsNewUserAsync(Roles.Member);
        var bob = await api.SignInAsNewUserAsync(Roles.Member);
        var alicesLaptop = (await (await manager.Http.PostAsJsonAsync(Route, Laptop("ALICE-1", alice.UserId))).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await manager.Http.PostAsJsonAsync(Route, Laptop("BOB-1", bob.UserId))).ShouldHaveStatus(HttpStatusCode.Created);

        var list = await (await alice.Http.GetAsync($"{Route}?pageSize=100")).ShouldHaveStatus(HttpStatusCode.OK);
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("assetTag").GetString()).ShouldBe(["ALICE-1"]);
        await (await alice.Http.GetAsync($"{Route}/{alicesLaptop}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await bob.Http.GetAsync($"{Route}/{alicesLaptop}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Asking_for_someone_elses_hardware_by_filter_returns_nothing_for_a_member()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var victim = await api.SignInAsNewUserAsync(Roles.Member);
        var snoop = await api.SignInAsNewUserAsync(Roles.Member);
        await (await manager.Http.PostAsJsonAsync(Route, Laptop("VIC-1", victim.UserId))).ShouldHaveStatus(HttpStatusCode.Created);

        var list = await (await snoop.Http.GetAsync($"{Route}?assignedTo={victim.UserId}")).ShouldHaveStatus(HttpStatusCode.OK);

        list.ShouldListExactly(0);
    }

    [Fact]
    public async Task A_technician_may_not_register_hardware()
    {
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);

        await (await technician.Http.PostAsJsonAsync(Route, Laptop("T-1"))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
