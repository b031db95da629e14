using Bunit;
using OpsPlatform.Admin.Modules.Janitorial.Api;
using OpsPlatform.Admin.Modules.Janitorial.Calendar;

namespace OpsPlatform.Admin.Tests.Janitorial;

public sealed class CleaningCardTests
{
    private static readonly Cleaning Weekly = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Harbour Office", Guid.NewGuid(),
        new DateOnly(2026, 12, 4), new TimeOnly(6, 0), new TimeOnly(8, 30), Frequency.Weekly, CleaningStatus.InProgress);

    private static BunitContext Context()
    {
        var context = new BunitContext();
        context.Services.AddMudServicesForTests();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }

    [Fact]
    public async Task A_card_shows_time_site_status_and_repeat_in_words_and_offers_the_moves_it_is_given()
    {
        await using var context = Context();
        (Cleaning, CleaningStatus)? moved = null;

        var card = context.Render<CleaningCard>(p => p
            .Add(c => c.Cleaning, Weekly)
            .Add(c => c.Moves, [CleaningStatus.Completed, CleaningStatus.Cancelled])
            .Add(c => c.OnMove, move => moved = move));

        card.Markup.ShouldContain("06:00–08:30");
        card.Markup.ShouldContain("Harbour Office");
        card.Find("[data-status='in_progress']").TextContent.Trim().ShouldBe("In progress");
        card.Markup.ShouldContain("Weekly");
        card.FindAll("[data-move]").Select(b => b.TextContent.Trim()).ShouldBe(["Complete", "Cancel"]);
        card.Find("[data-move='completed']").Click();
        moved.ShouldBe((Weekly, CleaningStatus.Completed));
    }

    [Fact]
    public async Task A_card_without_moves_has_no_buttons()
    {
        await using var context = Context();

        var card = context.Render<CleaningCard>(p => p.Add(c => c.Cleaning, Weekly with { Frequency = Frequency.Once }));

        card.FindAll("button").ShouldBeEmpty();
        card.Markup.ShouldNotContain("Once");
    }
}
