using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Hardware.RegisterHardware;

public sealed class RegisterHardwareTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_registers_hardware_with_every_field_in_stock_and_ready()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var body = await (await manager.Http.PostAsJsonAsync(HardwareRoute, NewHardware("lt-100", "PF-100"))).ShouldHaveStatus(HttpStatusCode.Created);

        body.GetProperty("assetTag").GetString().ShouldBe("LT-100");
        body.GetProperty("stage").GetString().ShouldBe("in_stock");
        body.GetProperty("status").GetString().ShouldBe("ready");
        body.GetProperty("manufacturer").GetString().ShouldBe("Lenovo");
        body.GetProperty("model").GetString().ShouldBe("T14 Gen 4");
        body.GetProperty("supplier").GetString().ShouldBe("Acme");
        body.GetProperty("location").GetString().ShouldBe("HQ");
        body.GetProperty("purchaseCost").GetDecimal().ShouldBe(1450.50m);
        var history = await (await manager.Http.GetAsync($"{HardwareRoute}/{body.GetProperty("id").GetGuid()}/history")).ShouldHaveStatus(HttpStatusCode.OK);
        history.EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("registered");
        history[0].GetProperty("by").GetGuid().ShouldBe(manager.UserId);
    }

    [Fact]
    public async Task A_duplicate_asset_tag_or_serial_number_is_a_409_naming_the_field_and_stores_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await (await manager.Http.PostAsJsonAsync(HardwareRoute, NewHardware("DUP-1", "SER-DUP"))).ShouldHaveStatus(HttpStatusCode.Created);

        await (await manager.Http.PostAsJsonAsync(HardwareRoute, NewHardware("dup-1", "SER-OTHER"))).ShouldBeProblem(HttpStatusCode.Conflict, "assetTag");
        await (await manager.Http.PostAsJsonAsync(HardwareRoute, NewHardware("DUP-2", "SER-DUP"))).ShouldBeProblem(HttpStatusCode.Conflict, "serialNumber");

        (await api.ScalarAsync<long>("SELECT count(*) FROM it_assets.mt_doc_hardware WHERE asset_tag LIKE 'DUP-%'")).ShouldBe(1);
    }

    [Fact]
    public async Task Hardware_without_a_serial_number_may_be_registered_many_times()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.PostAsJsonAsync(HardwareRoute, new { assetTag = "NOSER-1", name = "Cable", category = "peripheral" })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.PostAsJsonAsync(HardwareRoute, new { assetTag = "NOSER-2", name = "Cable", category = "peripheral" })).ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Ordered_hardware_starts_ordered_and_a_deployed_start_is_a_422()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var ordered = await (await manager.Http.PostAsJsonAsync(HardwareRoute, NewHardware("ORD-1", stage: "ordered"))).ShouldHaveStatus(HttpStatusCode.Created);
        ordered.GetProperty("stage").GetString().ShouldBe("ordered");
        await (await manager.Http.PostAsJsonAsync(HardwareRoute, NewHardware("ORD-2", stage: "deployed"))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "stage");
    }

    [Fact]
    public async Task Bad_input_is_a_400_or_422_naming_the_field()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.PostAsJsonAsync(HardwareRoute, new { assetTag = "X-1", name = "Thing", category = "toaster" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "category");
        await (await manager.Http.PostAsJsonAsync(HardwareRoute, new { assetTag = "X-2", name = "Thing", category = "other", purchaseCost = -1 }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "purchaseCost");
        await (await manager.Http.PostAsJsonAsync(HardwareRoute, new { assetTag = "X 3", name = "Thing", category = "other" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "assetTag");
        await (await manager.Http.PostAsJsonAsync(HardwareRoute, new
        {
            assetTag = "W-1", name = "Monitor", category = "monitor", purchasedOn = "2025-05-01", warrantyEndsOn = "2025-04-01",
        })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "warrantyEndsOn");
    }

    [Theory]
    [InlineData(Roles.Technician)]
    [InlineData(Roles.Member)]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Client)]
    public async Task Only_it_staff_register_hardware(string role)
    {
        var someone = await api.SignInAsNewUserAsync(role);

        await (await someone.Http.PostAsJsonAsync(HardwareRoute, NewHardware(Tag()))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
