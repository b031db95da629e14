using Bunit;
using OpsPlatform.Admin.Modules.Janitorial;
using OpsPlatform.Admin.Modules.Janitorial.Api;
using OpsPlatform.Admin.Modules.Janitorial.Sites;

namespace OpsPlatform.Admin.Tests.Janitorial;

public sealed class ScorecardChartTests : BunitContext
{
    public ScorecardChartTests()
    {
        Services.AddMudServicesForTests();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void The_scorecard_charts_the_months_and_lists_those_with_results_newest_first()
    {
        var card = new Scorecard(Guid.NewGuid(), "H-1", "Harbour Office", 80, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), 3, 77.3, 1, 2,
        [
            new("2026-01", 2, 86.5, 0, 0),
            new("2026-02", 0, null, 0, 0),
            new("2026-03", 1, 59, 1, 2),
        ]);

        var chart = Render<ScorecardChart>(p => p.Add(c => c.Card, card));

        chart.Find("#scorecard-average").TextContent.ShouldBe("77.3");
        chart.FindAll("svg").ShouldNotBeEmpty();
        chart.FindAll("#scorecard-months tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ShouldBe(["Mar 2026", "Jan 2026"]);
        chart.Markup.ShouldContain("Pass threshold (80)");
    }

    [Fact]
    public void Months_read_as_words() => Dates.Month("2026-03").ShouldBe("Mar 2026");
}
