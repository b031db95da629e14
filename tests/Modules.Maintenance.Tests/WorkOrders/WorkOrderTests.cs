using OpsPlatform.Modules.Maintenance.WorkOrders.History;
using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders;

/// <summary>The workflow rules of the aggregate, without a database.</summary>
public sealed class WorkOrderTests
{
    private static readonly DateTimeOffset T0 = new(2030, 3, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Manager = Guid.NewGuid();

    [Fact]
    public void A_work_order_walks_the_whole_workflow_and_keeps_each_transition_time()
    {
        var workOrder = Request();

        workOrder.MoveTo(WorkOrderStatus.Open, Manager, true, null, T0.AddMinutes(1));
        workOrder.Assign(Technician(), Manager, false, T0.AddMinutes(2));
        workOrder.MoveTo(WorkOrderStatus.InProgress, Manager, false, null, T0.AddMinutes(3));
        workOrder.MoveTo(WorkOrderStatus.OnHold, Manager, false, "waiting for parts", T0.AddMinutes(4));
        workOrder.MoveTo(WorkOrderStatus.InProgress, Manager, false, null, T0.AddMinutes(5));
        workOrder.MoveTo(WorkOrderStatus.Completed, Manager, false, null, T0.AddMinutes(6));
        workOrder.MoveTo(WorkOrderStatus.Closed, Manager, true, null, T0.AddMinutes(7));

        workOrder.Status.ShouldBe(WorkOrderStatus.Closed);
        workOrder.RequestedAt.ShouldBe(T0);
        workOrder.OpenedAt.ShouldBe(T0.AddMinutes(1));
        workOrder.AssignedAt.ShouldBe(T0.AddMinutes(2));
        workOrder.StartedAt.ShouldBe(T0.AddMinutes(3), "the first start is kept");
        workOrder.CompletedAt.ShouldBe(T0.AddMinutes(6));
        workOrder.ClosedAt.ShouldBe(T0.AddMinutes(7));
        var transitions = Transitions(workOrder);
        transitions.Select(t => t.To).ShouldBe([
            WorkOrderStatus.Requested, WorkOrderStatus.Open, WorkOrderStatus.Assigned, WorkOrderStatus.InProgress,
            WorkOrderStatus.OnHold, WorkOrderStatus.InProgress, WorkOrderStatus.Completed, WorkOrderStatus.Closed]);
        transitions[4].Note.ShouldBe("waiting for parts");
    }

    [Fact]
    public void An_illegal_transition_is_a_conflict_naming_the_allowed_ones()
    {
        var workOrder = Request();

        var conflict = Should.Throw<ConflictException>(() => workOrder.MoveTo(WorkOrderStatus.Completed, Manager, true, null, T0));

        conflict.Extensions["allowed"].ShouldBe(new[] { "open", "cancelled" });
        conflict.Extensions["currentStatus"].ShouldBe("requested");
        conflict.Message.ShouldContain("open, cancelled");
    }

    [Fact]
    public void Moving_to_assigned_without_a_technician_is_refused()
    {
        var workOrder = Open();

        Should.Throw<DomainRuleViolation>(() => workOrder.MoveTo(WorkOrderStatus.Assigned, Manager, true, null, T0)).Field.ShouldBe("status");
    }

    [Theory]
    [InlineData("Closed")]
    [InlineData("Cancelled")]
    [InlineData("Open")]
    public void A_technician_may_not_move_a_work_order_outside_the_working_states(string status)
    {
        var target = Enum.Parse<WorkOrderStatus>(status);
        var workOrder = Open();
        workOrder.Assign(Technician(), Manager, false, T0);

        Should.Throw<DomainRuleViolation>(() => workOrder.MoveTo(target, Guid.NewGuid(), false, "x", T0)).Field.ShouldBe("status");
    }

    [Fact]
    public void Cancelling_needs_a_reason_and_is_refused_once_completed()
    {
        var workOrder = Open();
        Should.Throw<DomainRuleViolation>(() => workOrder.Cancel(" ", Manager, T0)).Field.ShouldBe("reason");

        workOrder.Assign(Technician(), Manager, false, T0);
        workOrder.MoveTo(WorkOrderStatus.InProgress, Manager, true, null, T0);
        workOrder.MoveTo(WorkOrderStatus.Completed, Manager, true, null, T0);

        Should.Throw<ConflictException>(() => workOrder.Cancel("changed our minds", Manager, T0));
    }

    [Fact]
    public void Cancelling_keeps_the_reason_and_the_time()
    {
        var workOrder = Open();

        workOrder.Cancel(" duplicate of another order ", Manager, T0.AddHours(1));

        workOrder.Status.ShouldBe(WorkOrderStatus.Cancelled);
        workOrder.CancellationReason.ShouldBe("duplicate of another order");
        workOrder.CancelledAt.ShouldBe(T0.AddHours(1));
    }

    [Fact]
    public void Reopening_a_completed_work_order_returns_it_to_its_technician_and_clears_the_completion()
    {
        var workOrder = Open();
        workOrder.Assign(Technician(), Manager, false, T0);
        workOrder.MoveTo(WorkOrderStatus.InProgress, Manager, true, null, T0);
        workOrder.MoveTo(WorkOrderStatus.Completed, Manager, true, null, T0.AddHours(1));

        workOrder.Reopen("leaking again", Manager, T0.AddHours(2));

        workOrder.Status.ShouldBe(WorkOrderStatus.Assigned);
        workOrder.CompletedAt.ShouldBeNull();
        workOrder.ReopenedAt.ShouldBe(T0.AddHours(2));
    }

    [Fact]
    public void Only_a_completed_work_order_can_be_reopened()
    {
        Should.Throw<ConflictException>(() => Open().Reopen(null, Manager, T0));
    }

    [Fact]
    public void A_technician_without_a_required_skill_is_refused_unless_a_manager_overrides()
    {
        var workOrder = Open(requiredSkills: ["plumbing", "HVAC"]);

        var refused = Should.Throw<DomainRuleViolation>(() => workOrder.Assign(Technician(), Manager, false, T0));
        refused.Field.ShouldBe("technicianId");
        refused.Message.ShouldContain("plumbing");

        workOrder.Assign(Technician(), Manager, true, T0);
        workOrder.AssignmentOverriddenBy.ShouldBe(Manager);
        Transitions(workOrder)[^1].Note!.ShouldContain("overridden");
    }

    [Fact]
    public void An_inactive_technician_cannot_be_assigned()
    {
        var technician = Technician();
        technician.Update(technician.Name, null, false, technician.Skills, technician.WeeklyAvailability, []);

        Should.Throw<DomainRuleViolation>(() => Open().Assign(technician, Manager, true, T0)).Field.ShouldBe("technicianId");
    }

    [Fact]
    public void Reassigning_a_work_order_in_progress_keeps_its_status()
    {
        var workOrder = Open();
        workOrder.Assign(Technician(), Manager, false, T0);
        workOrder.MoveTo(WorkOrderStatus.InProgress, Manager, true, null, T0);
        var other = Technician();

        workOrder.Assign(other, Manager, false, T0.AddHours(1)).ShouldBeNull();

        workOrder.Status.ShouldBe(WorkOrderStatus.InProgress);
        workOrder.TechnicianId.ShouldBe(other.Id);
    }

    [Fact]
    public void A_work_order_names_equipment_or_a_site()
    {
        Should.Throw<DomainRuleViolation>(() => WorkOrder.Raise("t", "d", WorkOrderPriority.Low, null, null, null, [],
            new WorkOrderOrigin(WorkOrderSource.Manual, null, Manager), T0));
    }

    private static WorkOrder Request() => WorkOrder.Raise("Leak", "Water under the boiler", WorkOrderPriority.High, Guid.NewGuid(), null, null, [],
        new WorkOrderOrigin(WorkOrderSource.Request, null, Guid.NewGuid()), T0);

    private static WorkOrder Open(string[]? requiredSkills = null) => WorkOrder.Raise("Leak", "Water under the boiler", WorkOrderPriority.High, Guid.NewGuid(), null, null,
        requiredSkills ?? [], new WorkOrderOrigin(WorkOrderSource.Manual, null, Manager), T0);

    private static Technician Technician() => Maintenance.Technicians.Technician.Register(
        "Sam", Guid.NewGuid(), [new TechnicianSkill("hvac", 3)], [new WeeklyHours(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(16, 0))], []);

    /// <summary>The status changes among the events the work order recorded for its stream.</summary>
    private static List<(WorkOrderStatus? From, WorkOrderStatus To, Guid? By, string? Note)> Transitions(WorkOrder workOrder) =>
        [.. workOrder.TakeEvents().Select(WorkOrderHistory.TransitionOf).OfType<(WorkOrderStatus? From, WorkOrderStatus To, Guid? By, string? Note)>()];
}
