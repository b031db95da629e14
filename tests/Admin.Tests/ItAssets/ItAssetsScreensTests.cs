using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Admin.Modules.ItAssets;
using OpsPlatform.Admin.Modules.ItAssets.Api;
using OpsPlatform.Admin.Modules.ItAssets.Hardware;
using MaintenanceNav = OpsPlatform.Admin.Modules.Maintenance.MaintenanceNav;
using OpsPlatform.Admin.Navigation;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Tests.ItAssets;

public sealed class ItAssetsScreensTests
{
    private static readonly AdminNav Nav = new([MaintenanceNav.Group, ItAssetsNav.Group]);

    private static AdminUser User(params string[] roles) => new(Guid.NewGuid(), "u@test.local", "U", roles);

    private static (BunitContext Context, AdminUser User) Context(params string[] roles)
    {
        var context = new BunitContext();
        context.Services.AddMudServicesForTests();
        var user = context.Services.AddSignedInApiForTests(roles);
        context.Services.AddScoped<ItAssetsClient>();
        context.Services.AddScoped<UserClock>();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return (context, user);
    }

    private static HardwareDetails InStock => new(Guid.NewGuid(), "LT-7", "Laptop", "X1", "Lenovo", HardwareCategory.Laptop, "SN7", "HQ",
        null, null, null, null, null, LifecycleStage.InStock, HardwareStatus.Ready, null, null, null, 3, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("member")]
    [InlineData("technician")]
    [InlineData("client")]
    public void Anyone_but_it_staff_sees_only_my_assets(string role) =>
        Nav.For(User(role)).Single(g => g.Group.Title == "IT assets").Links.Select(l => l.Title).ShouldBe(["My assets"]);

    [Theory]
    [InlineData("manager")]
    [InlineData("admin")]
    public void It_staff_see_every_it_screen_and_keep_their_start_page(string role)
    {
        Nav.For(User(role)).Single(g => g.Group.Title == "IT assets").Links.Select(l => l.Title).ShouldBe(["Hardware", "Licenses", "Compliance", "My assets"]);
        Nav.StartPageFor(User(role)).ShouldBe("/admin/maintenance/board");
    }

    [Fact]
    public void Stages_and_statuses_read_as_words_not_api_words()
    {
        Enum.GetValues<LifecycleStage>().Select(Labels.Of).ShouldBe(["Ordered", "In stock", "Deployed", "In repair", "Retired", "Disposed"]);
        Labels.Of(new HardwareChange(HardwareChangeKind.StageChanged, "in_stock", "in_repair", Guid.NewGuid(), DateTimeOffset.UnixEpoch, null))
            .ShouldBe("In stock → In repair");
        Labels.Of(LicenseModel.PerSeat).ShouldBe("Per seat");
    }

    [Fact]
    public async Task Hardware_in_stock_offers_its_allowed_moves_and_check_out_but_no_check_in()
    {
        var (context, _) = Context("manager");
        await using var _context = context;
        var hardware = InStock;

        var actions = context.Render<HardwareActions>(p => p.Add(a => a.Hardware, hardware).Add(a => a.Moves, HardwareMoves.For(hardware, true)));

        actions.FindAll("button[id^='stage-']").Select(b => b.Id).ShouldBe(["stage-in_repair", "stage-retired"]);
        actions.FindAll("button[id^='stage-']").Select(b => b.TextContent.Trim()).ShouldBe(["Send to repair", "Retire"]);
        actions.FindAll("#check-out").Count.ShouldBe(1);
        actions.FindAll("#check-in").ShouldBeEmpty();
        actions.Markup.ShouldContain("Type part of a name or an e-mail address.");
    }

    [Fact]
    public async Task A_holder_gets_no_action_panel()
    {
        var (context, _) = Context("member");
        await using var _context = context;

        var actions = context.Render<HardwareActions>(p => p.Add(a => a.Hardware, InStock).Add(a => a.Moves, HardwareMoves.For(InStock, false)));

        actions.Markup.Trim().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_history_names_the_signed_in_holder_you_and_uses_words()
    {
        var (context, me) = Context("manager");
        await using var _context = context;
        var other = Guid.NewGuid();
        HardwareChange[] history =
        [
            new(HardwareChangeKind.CheckedOut, "in_stock", me.Id.ToString(), other, DateTimeOffset.UnixEpoch.AddDays(2), "For the trip"),
            new(HardwareChangeKind.StageChanged, "ordered", "in_stock", me.Id, DateTimeOffset.UnixEpoch.AddDays(1), null),
        ];

        var timeline = context.Render<HardwareTimeline>(p => p.Add(t => t.History, history));

        timeline.FindAll("[data-change]").Select(c => c.TextContent.Trim()).ShouldBe(["Checked out to You", "Ordered → In stock"]);
        timeline.Markup.ShouldContain($"by person {other.ToString("N")[^6..]}");
        timeline.Markup.ShouldContain("For the trip");
    }
}
