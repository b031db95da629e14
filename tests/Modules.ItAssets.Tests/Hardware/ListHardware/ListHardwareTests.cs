using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Hardware.ListHardware;

public sealed class ListHardwareTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Filters_by_stage_status_category_holder_location_and_warranty_each_narrow_the_list()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var holder = await api.SignInAsNewUserAsync(Roles.Member);
        var location = $"Lab-{Guid.NewGuid():N}";
        var a = (await manager.Http.RegisterHardwareAsync("FLT-A", location, "laptop", "2026-01-01")).GetProperty("id").GetGuid();
        var b = (await manager.Http.RegisterHardwareAsync("FLT-B", location, "monitor", "2030-01-01")).GetProperty("id").GetGuid();
        await manager.Http.RegisterHardwareAsync("FLT-C", location, "monitor", "2030-01-01");
        await (await manager.Http.CheckOutAsync(a, holder.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{b}/status", new { status = "broken" })).ShouldHaveStatus(HttpStatusCode.OK);

        async Task<string[]> Tags(string filter, string sort = "assetTag") =>
            (await (await manager.Http.GetAsync($"{HardwareRoute}?location={location}&sort={sort}&{filter}")).ShouldHaveStatus(HttpStatusCode.OK)).Strings("assetTag");

        (await Tags("")).ShouldBe(["FLT-A", "FLT-B", "FLT-C"]);
        (await Tags("stage=deployed")).ShouldBe(["FLT-A"]);
        (await Tags("status=broken")).ShouldBe(["FLT-B"]);
        (await Tags("category=monitor")).ShouldBe(["FLT-B", "FLT-C"]);
        (await Tags($"assignedTo={holder.UserId}")).ShouldBe(["FLT-A"]);
        (await Tags("warrantyEndsBefore=2027-01-01")).ShouldBe(["FLT-A"]);
        (await Tags("", "-assetTag")).ShouldBe(["FLT-C", "FLT-B", "FLT-A"]);
    }

    [Fact]
    public async Task Search_finds_hardware_by_tag_or_name_words_and_a_too_long_search_is_a_400()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var location = $"Lab-{Guid.NewGuid():N}";
        var word = $"zq{Guid.NewGuid():N}"[..12];
        await manager.Http.RegisterHardwareAsync($"SRCH-{word}", location, "laptop", "2030-01-01");
        await manager.Http.RegisterHardwareAsync("SRCH-OTHER", location, "laptop", "2030-01-01");

        async Task<string[]> Tags(string q) =>
            (await (await manager.Http.GetAsync($"{HardwareRoute}?location={location}&q={Uri.EscapeDataString(q)}")).ShouldHaveStatus(HttpStatusCode.OK)).Strings("assetTag");

        (await Tags($"SRCH-{word}")).ShouldBe([$"SRCH-{word.ToUpperInvariant()}"]);
        (await Tags("nothing-like-this")).ShouldBeEmpty();
        await (await manager.Http.GetAsync($"{HardwareRoute}?q={new string('x', 201)}")).ShouldBeProblem(HttpStatusCode.BadRequest, "q");
    }

    [Fact]
    public async Task An_unknown_filter_sort_or_enum_is_a_400_naming_it()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.GetAsync($"{HardwareRoute}?colour=red")).ShouldBeProblem(HttpStatusCode.BadRequest, "colour");
        await (await manager.Http.GetAsync($"{HardwareRoute}?sort=price")).ShouldBeProblem(HttpStatusCode.BadRequest, "sort");
        await (await manager.Http.GetAsync($"{HardwareRoute}?stage=gone")).ShouldBeProblem(HttpStatusCode.BadRequest, "stage");
    }

    [Fact]
    public async Task A_member_sees_only_the_hardware_they_hold_and_anyone_elses_is_a_404()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var alice = await api.SignInAsNewUserAsync(Roles.Member);
        var bob = await api.SignInAsNewUserAsync(Roles.Technician);
        var alices = await manager.Http.RegisterHardwareIdAsync("ALICE-1");
        var bobs = await manager.Http.RegisterHardwareIdAsync("BOB-1");
        await manager.Http.RegisterHardwareIdAsync("NOBODY-1");
        await (await manager.Http.CheckOutAsync(alices, alice.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.CheckOutAsync(bobs, bob.UserId)).ShouldHaveStatus(HttpStatusCode.Created);

        (await (await alice.Http.GetAsync($"{HardwareRoute}?pageSize=100")).ShouldHaveStatus(HttpStatusCode.OK)).Strings("assetTag").ShouldBe(["ALICE-1"]);
        (await (await alice.Http.GetAsync($"{HardwareRoute}?assignedTo={bob.UserId}")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        (await (await alice.Http.GetAsync("/api/it-assets/my/hardware")).ShouldHaveStatus(HttpStatusCode.OK)).Strings("assetTag").ShouldBe(["ALICE-1"]);
        await (await alice.Http.GetAsync($"{HardwareRoute}/{alices}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await alice.Http.GetAsync($"{HardwareRoute}/{alices}/history")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await alice.Http.GetAsync($"{HardwareRoute}/{bobs}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await alice.Http.GetAsync($"{HardwareRoute}/{bobs}/history")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Returned_hardware_disappears_from_the_former_holders_view()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var id = await manager.Http.RegisterHardwareIdAsync();
        await (await manager.Http.CheckOutAsync(id, member.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.CheckInAsync(id)).ShouldHaveStatus(HttpStatusCode.OK);

        await (await member.Http.GetAsync($"{HardwareRoute}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await (await member.Http.GetAsync("/api/it-assets/my/hardware")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
    }
}
