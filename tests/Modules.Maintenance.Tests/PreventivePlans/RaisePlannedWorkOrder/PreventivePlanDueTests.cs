using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.PreventivePlans.RaisePlannedWorkOrder;

/// <summary>
/// Preventive plans on the kernel's durable scheduled messages: an occurrence falls due at its raise time (due date
/// less lead time) and raises exactly one work order, with two hosts on one database and across a restart.
/// The two hosts are two in-process ApiFactory hosts (each with its own bus node) sharing one PostgreSQL database.
/// </summary>
public sealed class PreventivePlanDueTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Plans = "/api/maintenance/preventive-plans";

    [Fact]
    public async Task With_two_hosts_on_one_database_each_due_occurrence_raises_exactly_one_work_order()
    {
        await using var second = new ApiFactory().UseDatabase(api.ConnectionString);
        _ = second.Services;
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var equipment = await manager.Http.RegisterEquipmentAsync();
        var firstDue = DateTimeOffset.UtcNow.AddDays(1);
        var plans = new List<Guid>();
        for (var i = 0; i < 12; i++) plans.Add(await CreatePlanAsync(manager.Http, equipment, firstDue, leadTimeDays: 2)); // raise time already past

        await Task.WhenAll(api.SettleBusAsync(), second.SettleBusAsync());

        foreach (var plan in plans)
            (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE preventive_plan_id = $1", plan)).ShouldBe(1);
        (await api.ScalarAsync<long>("""
            SELECT count(*) FROM wolverine.wolverine_incoming_envelopes
            WHERE message_type = 'maintenance.work-order-raised-for-source' AND position(convert_to($1, 'UTF8') in body) > 0
            """, plans[0].ToString())).ShouldBe(0, "a preventive work order answers this module's own plan: no other module waits for it");
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE source = 'Preventive' AND preventive_plan_id = ANY($1)", plans.ToArray()))
            .ShouldBe(12);
        // Each plan now has exactly one pending occurrence: the next one, two weeks on.
        (await PendingOccurrences(plans.Select(p => $"pm-due:{p}").ToArray())).ShouldBe(12);
    }

    [Fact]
    public async Task An_occurrence_that_fell_due_while_no_host_ran_is_raised_once_by_the_next_host_to_start()
    {
        var connection = api.ConnectionString;
        Guid plan;
        DateTimeOffset raiseAt;
        await using (var down = ApiFactory.ForDatabase(connection).WithSetting("Bus:Enabled", "false"))
        {
            var manager = await down.SignInAsNewUserAsync(Roles.Manager);
            var equipment = await manager.Http.RegisterEquipmentAsync();
            raiseAt = DateTimeOffset.UtcNow.AddSeconds(3);
            plan = await CreatePlanAsync(manager.Http, equipment, raiseAt.AddDays(2), leadTimeDays: 2);
        }
        var stillDown = raiseAt + TimeSpan.FromSeconds(1) - DateTimeOffset.UtcNow;
        if (stillDown > TimeSpan.Zero) await Task.Delay(stillDown); // the occurrence falls due while no host runs
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE preventive_plan_id = $1", plan)).ShouldBe(0);

        await using var up = ApiFactory.ForDatabase(connection);
        _ = up.Services;
        await up.SettleBusAsync();
        await up.SettleBusAsync();

        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE preventive_plan_id = $1", plan)).ShouldBe(1);
    }

    [Fact]
    public async Task Changing_a_plan_replaces_its_pending_occurrence_which_then_fires_at_the_new_time_only()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var equipment = await manager.Http.RegisterEquipmentAsync();
        var plan = await CreatePlanAsync(manager.Http, equipment, DateTimeOffset.UtcNow.AddDays(30), leadTimeDays: 2);
        await api.SettleBusAsync();
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE preventive_plan_id = $1", plan)).ShouldBe(0, "not due for four weeks");

        var newDue = DateTimeOffset.UtcNow.AddDays(1);
        var changed = await (await manager.Http.PutAsJsonAsync($"{Plans}/{plan}", Plan(newDue, 2)))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await api.SettleBusAsync();

        (await PendingOccurrences($"pm-due:{plan}")).ShouldBe(1, "the replaced occurrence fired, the next is pending");
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE preventive_plan_id = $1", plan)).ShouldBe(1, "the four-week occurrence was removed");
        var raisedDue = await api.ScalarAsync<DateTime>("SELECT due_at FROM maintenance.mt_doc_work_order WHERE preventive_plan_id = $1", plan);
        new DateTimeOffset(DateTime.SpecifyKind(raisedDue, DateTimeKind.Utc)).ShouldBe(changed.GetProperty("nextDueAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Deactivating_a_plan_drops_its_pending_occurrence()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var equipment = await manager.Http.RegisterEquipmentAsync();
        var plan = await CreatePlanAsync(manager.Http, equipment, DateTimeOffset.UtcNow.AddDays(30), leadTimeDays: 2);

        await (await manager.Http.PutAsJsonAsync($"{Plans}/{plan}", Plan(DateTimeOffset.UtcNow.AddDays(1), 2, active: false))).ShouldHaveStatus(HttpStatusCode.OK);
        await api.SettleBusAsync();

        (await PendingOccurrences($"pm-due:{plan}")).ShouldBe(0);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE preventive_plan_id = $1", plan)).ShouldBe(0);
    }

    /// <summary>Scheduled envelopes still waiting under these business keys.</summary>
    private Task<long> PendingOccurrences(params string[] keys) => api.ScalarAsync<long>("""
        SELECT count(*) FROM maintenance.scheduled_keys k JOIN wolverine.wolverine_incoming_envelopes e ON e.id = ANY(k.envelope_ids)
        WHERE k.key = ANY($1) AND e.status = 'Scheduled'
        """, (object)keys);

    private static async Task<Guid> CreatePlanAsync(HttpClient manager, Guid equipment, DateTimeOffset firstDue, int leadTimeDays) =>
        (await (await manager.PostAsJsonAsync(Plans, new
        {
            equipmentId = equipment, title = "Filter", description = "Replace the filter", priority = "medium",
            intervalCount = 2, intervalUnit = "weeks", mode = "fixed", leadTimeDays, firstDueAt = firstDue,
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static PlanChange Plan(DateTimeOffset firstDue, int leadTimeDays, bool active = true) =>
        new("Filter", "Replace the filter", "medium", 2, "weeks", "fixed", leadTimeDays, firstDue, active, 1);

    private sealed record PlanChange(
        string Title, string Description, string Priority, int IntervalCount, string IntervalUnit, string Mode, int LeadTimeDays,
        DateTimeOffset FirstDueAt, bool Active, int Version);
}
