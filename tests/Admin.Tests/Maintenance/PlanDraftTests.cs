using OpsPlatform.Admin.Modules.Maintenance.Api;
using OpsPlatform.Admin.Modules.Maintenance.Plans;

namespace OpsPlatform.Admin.Tests.Maintenance;

public sealed class PlanDraftTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static PreventivePlan Plan(bool active = true) => new(Guid.NewGuid(), Guid.NewGuid(), "Filter change", "Replace the filters", WorkOrderPriority.Medium,
        ["hvac"], 3, IntervalUnit.Months, DueMode.Floating, 10, new DateTimeOffset(2027, 1, 15, 7, 0, 0, TimeSpan.Zero), null, null, null, null,
        active, Guid.NewGuid(), 4, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

    [Fact]
    public void The_first_due_date_is_read_in_the_viewers_zone_and_sent_as_that_instant()
    {
        var draft = new PlanDraft { FirstDueDate = new DateTime(2027, 7, 1), FirstDueTime = new TimeSpan(9, 0, 0) };

        draft.FirstDueAt(Berlin).ShouldBe(new DateTimeOffset(2027, 7, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        new PlanDraft { FirstDueDate = null }.FirstDueAt(Berlin).ShouldBeNull();
    }

    [Fact]
    public void Editing_keeps_the_plan_and_sends_skills_split_from_the_text_with_the_version()
    {
        var plan = Plan();
        var draft = PlanDraft.From(plan, Berlin);
        draft.RequiredSkills = "hvac, electrical ,";

        var request = draft.ToUpdateRequest(Berlin, plan.Version);

        draft.FirstDueTime.ShouldBe(new TimeSpan(8, 0, 0));
        request.FirstDueAt.ShouldBe(plan.FirstDueAt);
        request.RequiredSkills.ShouldBe(["hvac", "electrical"]);
        request.EquipmentId.ShouldBeNull();
        request.Version.ShouldBe(4);
        request.Active.ShouldBe(true);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Pausing_and_resuming_change_only_the_active_flag(bool active, bool sent)
    {
        var plan = Plan(active);

        var request = PlanDraft.Toggle(plan);

        request.Active.ShouldBe(sent);
        request.ShouldBe(new PlanRequest(null, plan.Title, plan.Description, plan.Priority, plan.RequiredSkills, plan.IntervalCount, plan.IntervalUnit,
            plan.Mode, plan.LeadTimeDays, plan.FirstDueAt, sent, plan.Version));
    }
}
