using Bunit;
using OpsPlatform.Admin.Modules.ItAssets;
using OpsPlatform.Admin.Modules.ItAssets.Licenses;

namespace OpsPlatform.Admin.Tests.ItAssets;

public sealed class SeatUseTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Theory]
    [InlineData(10, 4, 40, "ok")]
    [InlineData(10, 12, 100, "over")]
    [InlineData(0, 0, 0, "ok")]
    public void Used_against_owned_fills_the_bar_and_more_used_than_owned_is_over_allocated(int owned, int used, double percent, string state)
    {
        var use = new SeatUse(owned, used, null, Today);

        use.Percent.ShouldBe(percent);
        use.State.ShouldBe(state);
        use.Text.ShouldBe($"{used} of {owned} seats");
    }

    [Fact]
    public void An_expired_license_is_flagged_only_while_a_seat_is_in_use()
    {
        new SeatUse(5, 2, Today.AddDays(-1), Today).State.ShouldBe("expired");
        new SeatUse(5, 0, Today.AddDays(-1), Today).State.ShouldBe("ok");
        new SeatUse(5, 2, Today, Today).Expired.ShouldBeFalse("it runs through its last day");
    }

    [Fact]
    public void A_license_without_a_seat_limit_has_no_bar()
    {
        var use = new SeatUse(null, 7, null, Today);

        use.HasLimit.ShouldBeFalse();
        use.OverAllocated.ShouldBeFalse();
        use.Text.ShouldBe("7 seats (no limit)");
        (use with { Used = 1 }).Text.ShouldBe("1 seat (no limit)");
    }

    [Fact]
    public async Task The_bar_says_over_allocated_and_expired_in_words()
    {
        await using var context = new BunitContext();
        context.Services.AddMudServicesForTests();
        context.JSInterop.Mode = JSRuntimeMode.Loose;

        var over = context.Render<SeatBar>(p => p.Add(b => b.Use, new SeatUse(3, 4, Today.AddDays(-10), Today)));
        var fine = context.Render<SeatBar>(p => p.Add(b => b.Use, new SeatUse(3, 1, null, Today)));

        over.Find("[data-seat-state]").GetAttribute("data-seat-state").ShouldBe("over");
        over.Markup.ShouldContain("Over-allocated");
        over.Markup.ShouldContain("Expired, in use");
        over.FindAll(".mud-progress-linear").Count.ShouldBe(1);
        fine.Markup.ShouldNotContain("Over-allocated");
        fine.Markup.ShouldContain("1 of 3 seats");
    }
}
