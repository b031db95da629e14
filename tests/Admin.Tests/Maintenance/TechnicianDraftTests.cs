using OpsPlatform.Admin.Modules.Maintenance.Api;
using OpsPlatform.Admin.Modules.Maintenance.Technicians;

namespace OpsPlatform.Admin.Tests.Maintenance;

public sealed class TechnicianDraftTests
{
    [Fact]
    public void A_new_technician_works_weekdays_and_registering_sends_no_active_flag_or_version()
    {
        var draft = TechnicianDraft.New();
        draft.Name = "Robin";
        draft.Skills.Add(new() { Name = " HVAC ", Level = 4 });
        draft.Skills.Add(new() { Name = "  " });

        var request = draft.ToRequest(null);

        request.WeeklyAvailability.Select(h => h.Day).ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        request.WeeklyAvailability[0].From.ShouldBe(new TimeOnly(8, 0));
        request.Skills.ShouldBe([new TechnicianSkill("HVAC", 4)]);
        request.Active.ShouldBeNull();
        request.Version.ShouldBeNull();
    }

    [Fact]
    public void An_edit_round_trips_the_technician_and_sends_the_version_read()
    {
        var technician = new TechnicianDetails(Guid.NewGuid(), "Sam", Guid.NewGuid(), false,
            [new("electrical", 2)], [new(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(13, 30))],
            [new(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 26), "Holidays")], 7, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

        var request = TechnicianDraft.From(technician).ToRequest(technician.Version);

        (request.Name, request.UserId, request.Active, request.Version).ShouldBe(("Sam", technician.UserId, (bool?)false, (int?)7));
        request.Skills.ShouldBe(technician.Skills);
        request.WeeklyAvailability.ShouldBe(technician.WeeklyAvailability);
        request.Unavailability.ShouldBe(technician.Unavailability);
    }

    [Fact]
    public void A_reason_left_blank_is_sent_as_none_and_a_single_day_away_ends_the_day_it_starts()
    {
        var draft = TechnicianDraft.New();
        draft.Away.Add(new() { From = new DateTime(2027, 1, 4), To = null, Reason = " " });

        draft.ToRequest(null).Unavailability.ShouldBe([new Unavailability(new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 4), null)]);
    }
}
