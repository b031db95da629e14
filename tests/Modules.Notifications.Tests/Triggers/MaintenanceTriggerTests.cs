using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Notifications.Tests.Triggers;

/// <summary>
/// Maintenance's triggers (src/Modules.Maintenance/Notifications: the overdue check's handler, and the notices the
/// assignment and the status changes decide in their own unit of work), each to the people who may see the work order only.
/// </summary>
public sealed class MaintenanceTriggerTests(NotificationsApi api) : IClassFixture<NotificationsApi>
{
    private const string Assigned = "maintenance.work-order-assigned";
    private const string StatusChanged = "maintenance.work-order-status-changed";
    private const string Overdue = "maintenance.work-order-overdue";

    [Fact]
    public async Task An_assignment_notifies_the_assigned_technician_and_no_other_technician()
    {
        var crew = await MaintenanceCrew.CreateAsync(api);
        var otherTechnician = await api.SignInAsNewUserAsync(Roles.Technician);
        var workOrder = await crew.RaiseAsync(crew.Manager.Http, DateTimeOffset.UtcNow.AddDays(3), title: "Boiler pressure low");

        await crew.AssignAsync(workOrder);
        await api.SettleBusAsync();

        var notice = (await crew.Technician.NotificationsAsync(Assigned)).ShouldHaveSingleItem();
        notice.GetProperty("title").GetString().ShouldBe("Work order assigned to you: Boiler pressure low");
        notice.GetProperty("sourceId").GetGuid().ShouldBe(workOrder);
        notice.GetProperty("link").GetString().ShouldBe($"/admin/maintenance/work-orders/{workOrder}");
        (await otherTechnician.NotificationsAsync()).ShouldBeEmpty();
        (await crew.Manager.NotificationsAsync(Assigned)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Status_changes_notify_the_requester_but_not_the_requester_who_made_them_nor_anyone_else()
    {
        var crew = await MaintenanceCrew.CreateAsync(api);
        var requester = await api.SignInAsNewUserAsync(Roles.Member);
        var otherMember = await api.SignInAsNewUserAsync(Roles.Member);
        var request = await crew.RaiseAsync(requester.Http, DateTimeOffset.UtcNow.AddDays(3));

        await MaintenanceCrew.MoveAsync(crew.Manager.Http, request, "open");
        await crew.AssignAsync(request);
        await MaintenanceCrew.MoveAsync(crew.Technician.Http, request, "in_progress");
        await api.SettleBusAsync();

        (await requester.NotificationsAsync(StatusChanged)).Select(n => n.GetProperty("title").GetString())
            // One notification per move; the bus does not order the three events' handlers, so neither does this check.
            .ShouldBe(["Your request \"Fan belt squeals\" is now in progress", "Your request \"Fan belt squeals\" is now assigned", "Your request \"Fan belt squeals\" is now open"],
                ignoreOrder: true);
        (await otherMember.NotificationsAsync()).ShouldBeEmpty();
        (await crew.Technician.NotificationsAsync(StatusChanged)).ShouldBeEmpty("the technician did not request it");

        var ownWorkOrder = await crew.RaiseAsync(crew.Manager.Http);
        await MaintenanceCrew.MoveAsync(crew.Manager.Http, ownWorkOrder, "cancelled");
        await api.SettleBusAsync();
        (await crew.Manager.NotificationsAsync(StatusChanged)).ShouldBeEmpty("the manager changed their own work order");
    }

    [Fact]
    public async Task A_work_order_past_its_due_date_notifies_its_technician_once_from_a_durable_scheduled_check()
    {
        var crew = await MaintenanceCrew.CreateAsync(api);
        var late = await crew.RaiseAsync(crew.Manager.Http, DateTimeOffset.UtcNow.AddSeconds(2), title: "Late job");
        var notYet = await crew.RaiseAsync(crew.Manager.Http, DateTimeOffset.UtcNow.AddDays(2), title: "Next week's job");
        await crew.AssignAsync(late);
        await crew.AssignAsync(notYet);
        await api.SettleBusAsync();
        (await PendingChecks(late, notYet)).ShouldBe(2, "one durable check per work order, keyed by it");

        await api.EventuallyAsync(async () => (await crew.Technician.NotificationsAsync(Overdue)).Count > 0, "the overdue notification");
        await api.SettleBusAsync();

        var overdue = (await crew.Technician.NotificationsAsync(Overdue)).ShouldHaveSingleItem();
        overdue.GetProperty("title").GetString().ShouldBe("Overdue: Late job");
        overdue.GetProperty("sourceId").GetGuid().ShouldBe(late);
        (await PendingChecks(notYet)).ShouldBe(1, "the future one still waits");
        (await crew.Manager.NotificationsAsync(Overdue)).ShouldBeEmpty();
    }

    [Fact]
    public async Task With_two_hosts_on_one_database_each_overdue_work_order_notifies_exactly_once()
    {
        await using var second = api.AnotherHost();
        _ = second.Services;
        var crew = await MaintenanceCrew.CreateAsync(api);
        var workOrders = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var workOrder = await crew.RaiseAsync(crew.Manager.Http, DateTimeOffset.UtcNow.AddHours(-1), title: $"Late job {i}");
            await crew.AssignAsync(workOrder);
            workOrders.Add(workOrder);
        }
        await api.EventuallyAsync(async () => (await crew.Technician.NotificationsAsync(Overdue)).Count >= 10, "ten overdue notifications");
        await Task.WhenAll(api.SettleBusAsync(), second.SettleBusAsync());

        (await crew.Technician.NotificationsAsync(Overdue)).Select(n => n.GetProperty("sourceId").GetGuid()).Order().ShouldBe(workOrders.Order());
        (await api.ScalarAsync<long>("SELECT count(*) FROM notifications.mt_doc_email_delivery WHERE recipient_id = $1", crew.Technician.UserId))
            .ShouldBe(20, "ten assignments and ten overdue notices, one e-mail each");
    }

    [Fact]
    public async Task Finishing_a_work_order_drops_its_overdue_check()
    {
        var crew = await MaintenanceCrew.CreateAsync(api);
        var workOrder = await crew.RaiseAsync(crew.Manager.Http, DateTimeOffset.UtcNow.AddDays(1));
        await crew.AssignAsync(workOrder);
        await api.SettleBusAsync();
        (await PendingChecks(workOrder)).ShouldBe(1);

        await MaintenanceCrew.MoveAsync(crew.Manager.Http, workOrder, "cancelled");
        await api.SettleBusAsync();

        (await PendingChecks(workOrder)).ShouldBe(0);
    }

    [Fact]
    public async Task A_status_change_queues_one_Notify_with_itself_when_someone_is_to_be_told_and_nothing_otherwise()
    {
        var crew = await MaintenanceCrew.CreateAsync(api);
        var requester = await api.SignInAsNewUserAsync(Roles.Member);
        var own = await crew.RaiseAsync(crew.Manager.Http);
        var requested = await crew.RaiseAsync(requester.Http);

        await MaintenanceCrew.MoveAsync(crew.Manager.Http, own, "cancelled");
        await MaintenanceCrew.MoveAsync(crew.Manager.Http, requested, "open");
        await api.SettleBusAsync();

        (await NotifyEnvelopes(own)).ShouldBe(0, "the manager moved their own work order: nobody to tell");
        (await NotifyEnvelopes(requested)).ShouldBe(1, "its requester is told through one Notify");
        (await api.ScalarAsync<long>("""
            SELECT count(*) FROM wolverine.wolverine_incoming_envelopes
            WHERE message_type IN ('maintenance.work-order-status-changed', 'maintenance.work-order-assigned')
            """)).ShouldBe(0, "no handler takes a second unit of work to decide a change's notices (ADR 0015)");
    }

    /// <summary>The Notify envelopes (pending or handled, kept for the duplicate window) about this work order.</summary>
    private Task<long> NotifyEnvelopes(Guid workOrder) => api.ScalarAsync<long>("""
        SELECT count(*) FROM wolverine.wolverine_incoming_envelopes
        WHERE message_type = 'notifications.notify' AND position(convert_to($1, 'UTF8') in body) > 0
        """, workOrder.ToString());

    private Task<long> PendingChecks(params Guid[] workOrders) => api.ScalarAsync<long>("""
        SELECT count(*) FROM maintenance.scheduled_keys k JOIN wolverine.wolverine_incoming_envelopes e ON e.id = ANY(k.envelope_ids)
        WHERE k.key = ANY($1) AND e.status = 'Scheduled'
        """, (object)workOrders.Select(w => $"wo-overdue:{w}").ToArray());
}
