using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Admin.Modules.Janitorial;
using OpsPlatform.Admin.Modules.Janitorial.Api;
using OpsPlatform.Admin.Modules.Janitorial.Inventory;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Tests.Janitorial;

public sealed class LowStockTests
{
    // MudTable's key interceptor disposes only asynchronously, so each test disposes its context that way.
    private static BunitContext Context(params string[] roles)
    {
        var context = new BunitContext();
        context.Services.AddMudServicesForTests();
        context.Services.AddScoped<AdminSession>();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.GetRequiredService<AdminSession>().SignedIn("a", "r", new AdminUser(Guid.NewGuid(), "u@test.local", "U", roles));
        return context;
    }

    private static SupplyItem Item(string sku, decimal onHand, decimal reorderAt) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Harbour Office", $"Item {sku}", sku, "paper", onHand, reorderAt, onHand < reorderAt, "case");

    [Theory]
    [InlineData(3, 10, true)]
    [InlineData(10, 10, true)] // at the level: time to reorder, though the API's own flag says "below" only under it
    [InlineData(10.01, 10, false)]
    [InlineData(0, 0, true)]
    public void Low_means_at_or_below_the_reorder_level(decimal onHand, decimal reorderAt, bool low) =>
        LowStock.Is(onHand, reorderAt).ShouldBe(low);

    [Fact]
    public async Task The_table_highlights_low_lines_only_and_offers_stock_moves_to_crew()
    {
        await using var context = Context("technician");

        var table = context.Render<InventoryTable>(p => p.Add(t => t.Items, [Item("LOW", 3, 10), Item("AT", 4, 4), Item("OK", 40, 15)]));

        table.Find("[data-sku='LOW']").GetAttribute("data-low").ShouldBe("true");
        table.Find("[data-sku='AT']").GetAttribute("data-low").ShouldBe("true");
        table.Find("[data-sku='OK']").GetAttribute("data-low").ShouldBe("false");
        table.FindAll(".low-stock-chip").Count.ShouldBe(2);
        table.FindAll("button[id^='stock-']").Count.ShouldBe(3);
        table.Markup.ShouldContain("3 case");
    }

    [Fact]
    public async Task Inspectors_see_the_stock_but_get_no_stock_buttons()
    {
        await using var context = Context("inspector");

        var table = context.Render<InventoryTable>(p => p.Add(t => t.Items, [Item("LOW", 3, 10)]));

        table.FindAll("button[id^='stock-']").ShouldBeEmpty();
        table.FindAll(".low-stock-chip").Count.ShouldBe(1);
    }
}
