using OpsPlatform.Admin.Modules.Maintenance.Api;
using OpsPlatform.Admin.Modules.Maintenance.Technicians;

namespace OpsPlatform.Admin.Tests.Maintenance;

public sealed class AgendaWeekTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static AgendaBooking Booking(string title, DateTimeOffset start, double hours = 2) =>
        new(Guid.NewGuid(), Guid.NewGuid(), title, WorkOrderPriority.High, WorkOrderStatus.Assigned, start, start.AddHours(hours));

    [Fact]
    public void The_week_starts_on_monday_at_local_midnight()
    {
        var (from, to) = AgendaWeek.RangeOf(new DateOnly(2026, 12, 3), Berlin);

        from.ShouldBe(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(1)));
        to.ShouldBe(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Bookings_land_on_their_local_day_in_start_order_and_due_work_on_its_day()
    {
        var workOrder = Guid.NewGuid();
        var agenda = new TechnicianAgenda(Guid.NewGuid(), "Robin", DateTimeOffset.MinValue, DateTimeOffset.MaxValue,
        [
            Booking("Afternoon job", new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.Zero)),
            Booking("Morning job", new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero)),
            // 23:30 UTC on Tuesday is already Wednesday in Berlin.
            Booking("Late job", new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero), 0.5),
        ],
        [new AgendaDueWork(workOrder, "Due job", WorkOrderPriority.Urgent, WorkOrderStatus.Assigned, new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero))]);

        var week = AgendaWeek.Build(new DateOnly(2026, 12, 2), agenda, Berlin);

        week.Monday.ShouldBe(new DateOnly(2026, 11, 30));
        week.Days.Count.ShouldBe(7);
        week.Days[1].Bookings.Select(b => b.Title).ShouldBe(["Morning job", "Afternoon job"]);
        week.Days[2].Bookings.Select(b => b.Title).ShouldBe(["Late job"]);
        week.Days[4].Due.Single().WorkOrderId.ShouldBe(workOrder);
        week.BookedHours.ShouldBe(4.5);
    }
}
