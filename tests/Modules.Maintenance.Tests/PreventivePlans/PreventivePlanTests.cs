using OpsPlatform.Modules.Maintenance.PreventivePlans;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Tests.PreventivePlans;

public sealed class PreventivePlanTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstDue = new(2030, 1, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_plan_is_first_due_on_its_first_due_date_and_raised_its_lead_time_before()
    {
        var plan = Plan(DueMode.Fixed, leadTimeDays: 3);

        plan.NextDueAt.ShouldBe(FirstDue);
        plan.RaisesAt.ShouldBe(FirstDue.AddDays(-3));
    }

    [Fact]
    public void A_fixed_plan_advances_from_the_schedule()
    {
        var plan = Plan(DueMode.Fixed);

        plan.Raise(FirstDue, FirstDue.AddDays(-2)).ShouldBeTrue();

        plan.NextDueAt.ShouldBe(FirstDue.AddDays(14));
        plan.LastRaisedDueAt.ShouldBe(FirstDue);
    }

    [Fact]
    public void A_stale_occurrence_raises_nothing()
    {
        var plan = Plan(DueMode.Fixed);

        plan.Raise(FirstDue.AddDays(1), Now).ShouldBeFalse();
        plan.Raise(FirstDue, Now).ShouldBeTrue();
        plan.Raise(FirstDue, Now).ShouldBeFalse("the same occurrence twice");
    }

    [Fact]
    public void Occurrences_missed_while_nothing_ran_collapse_into_one()
    {
        var plan = Plan(DueMode.Fixed);
        var muchLater = FirstDue.AddDays(100);

        plan.Raise(FirstDue, muchLater).ShouldBeTrue();

        // 2 weeks after the 15th, 29th, … : the latest occurrence already due is next (raised at once), not seven late ones.
        plan.NextDueAt.ShouldBe(FirstDue.AddDays(98));
    }

    [Fact]
    public void A_floating_plan_waits_for_the_completion_and_falls_due_one_interval_later()
    {
        var plan = Plan(DueMode.Floating);
        plan.Raise(FirstDue, FirstDue.AddDays(-2)).ShouldBeTrue();
        plan.NextDueAt.ShouldBeNull();
        plan.RaisesAt.ShouldBeNull();

        var completed = FirstDue.AddDays(5);
        plan.WorkOrderFinished(completed, completed);

        plan.NextDueAt.ShouldBe(completed.AddDays(14));
    }

    [Fact]
    public void Changing_the_interval_reschedules_from_the_last_occurrence()
    {
        var plan = Plan(DueMode.Fixed);
        plan.Raise(FirstDue, FirstDue);

        plan.Change("Filter", "Replace filter", WorkOrderPriority.Medium, [], 1, IntervalUnit.Months, DueMode.Fixed, 2, FirstDue, true, FirstDue);

        plan.NextDueAt.ShouldBe(FirstDue.AddMonths(1));
    }

    [Fact]
    public void A_lead_time_as_long_as_the_interval_is_refused()
    {
        Should.Throw<DomainRuleViolation>(() => Plan(DueMode.Fixed, leadTimeDays: 14)).Field.ShouldBe("leadTimeDays");
    }

    [Fact]
    public void A_deactivated_plan_raises_nothing()
    {
        var plan = Plan(DueMode.Fixed);
        plan.Change(plan.Title, plan.Description, plan.Priority, [], 2, IntervalUnit.Weeks, DueMode.Fixed, 2, FirstDue, false, Now);

        plan.Raise(FirstDue, Now).ShouldBeFalse();
    }

    private static PreventivePlan Plan(DueMode mode, int leadTimeDays = 2) => PreventivePlan.Create(
        Guid.NewGuid(), "Filter", "Replace filter", WorkOrderPriority.Medium, [], 2, IntervalUnit.Weeks, mode, leadTimeDays, FirstDue, Guid.NewGuid(), Now);
}
