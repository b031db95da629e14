using Bunit;
using OpsPlatform.Admin.Modules.Maintenance.Api;
using OpsPlatform.Admin.Modules.Maintenance.Reports;

namespace OpsPlatform.Admin.Tests.Maintenance;

public sealed class ReportChartsTests : BunitContext
{
    public ReportChartsTests()
    {
        Services.AddMudServicesForTests();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Open_work_orders_chart_per_priority_with_the_age_buckets_in_words()
    {
        var report = new OpenWorkOrdersReport(DateTimeOffset.UtcNow, 5,
        [
            new(WorkOrderPriority.Urgent, 2, 1, 1, 0, 0, 3.25),
            new(WorkOrderPriority.High, 3, 0, 0, 1, 2, 41),
            new(WorkOrderPriority.Medium, 0, 0, 0, 0, 0, null),
            new(WorkOrderPriority.Low, 0, 0, 0, 0, 0, null),
        ]);

        var chart = Render<OpenWorkOrdersChart>(p => p.Add(c => c.Report, report));

        chart.Find("#open-total").TextContent.ShouldBe("5");
        chart.FindAll("svg").ShouldNotBeEmpty();
        chart.FindAll("#open-table thead th").Select(h => h.TextContent).ShouldBe(["Priority", "Under a day", "1–7 days", "7–30 days", "Over 30 days", "Total", "Oldest"]);
        chart.Find("#open-table tr[data-priority='high']").TextContent.ShouldContain("41 days");
        chart.Find("#open-table tr[data-priority='low']").TextContent.ShouldContain("—");
        chart.Find("#open-table tr[data-priority='urgent']").TextContent.ShouldContain("3 days");
        OpenWorkOrdersChart.Age(0.4).ShouldBe("under a day");
        OpenWorkOrdersChart.Age(1.5).ShouldBe("1 day");
    }

    [Fact]
    public void No_open_work_orders_draw_no_chart() =>
        Render<OpenWorkOrdersChart>(p => p.Add(c => c.Report, new OpenWorkOrdersReport(DateTimeOffset.UtcNow, 0, [])))
            .FindAll("svg").ShouldBeEmpty();

    [Fact]
    public void Completion_times_read_in_minutes_hours_or_days()
    {
        var report = new CompletionTimesReport(DateTimeOffset.UtcNow.AddDays(-90), DateTimeOffset.UtcNow,
            [new(Guid.NewGuid(), "Rooftop chiller", 2, 72, null)],
            [new(WorkOrderPriority.Urgent, 1, 0.5, 0.25), new(WorkOrderPriority.Low, 1, 72, null)]);

        var chart = Render<CompletionTimesChart>(p => p.Add(c => c.Report, report));

        chart.Find("#completion-priority tr[data-priority='urgent']").TextContent.ShouldContain("30 min");
        chart.Find("#completion-priority tr[data-priority='low']").TextContent.ShouldContain("3 days");
        chart.Find("#completion-equipment").TextContent.ShouldContain("Rooftop chiller");
        CompletionTimesChart.Hours(5.25).ShouldBe("5.3 h");
    }

    [Fact]
    public void An_empty_window_says_so() =>
        Render<CompletionTimesChart>(p => p.Add(c => c.Report, new CompletionTimesReport(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, [], [])))
            .Find("#completion-none").TextContent.ShouldContain("No work orders were completed");

    [Fact]
    public void Overdue_work_orders_are_counted_and_charted()
    {
        var report = new OverdueReport(DateTimeOffset.UtcNow, 3, [new(WorkOrderPriority.Urgent, 1), new(WorkOrderPriority.High, 2), new(WorkOrderPriority.Medium, 0), new(WorkOrderPriority.Low, 0)]);

        var chart = Render<OverdueChart>(p => p.Add(c => c.Report, report));

        chart.Find("#overdue-total").TextContent.ShouldBe("3");
        chart.Find("#overdue-total").ClassList.ShouldContain("mud-error-text");
        chart.FindAll("svg").ShouldNotBeEmpty();
    }
}
