using System.Net;
using System.Net.Http.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Maintenance.PreventivePlans.RaisePlannedWorkOrder;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.PreventivePlans.RaisePlannedWorkOrder;

/// <summary>
/// The occurrence command delivered by the test itself, so duplicates and races are under its control: the plans here
/// are raised on their due day (no lead time), a day away, so the bus's own occurrence never fires during a test.
/// </summary>
public sealed class RaisePlannedWorkOrderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Plans = "/api/maintenance/preventive-plans";

    [Fact]
    public async Task An_occurrence_raises_one_preventive_work_order_and_advances_a_fixed_plan_even_when_delivered_twice()
    {
        var (manager, plan, due) = await PlanAsync("fixed");

        var first = await Raise(plan, due);
        var second = await Raise(plan, due);

        first.ShouldNotBeNull();
        second.ShouldBeNull();
        var workOrder = await (await manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{first}")).ShouldHaveStatus(HttpStatusCode.OK);
        workOrder.GetProperty("source").GetString().ShouldBe("preventive");
        workOrder.GetProperty("preventivePlanId").GetGuid().ShouldBe(plan);
        workOrder.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(due);
        workOrder.GetProperty("requestedBy").GetGuid().ShouldBe(manager.UserId);
        workOrder.GetProperty("requiredSkills").EnumerateArray().Select(s => s.GetString()).ShouldBe(["hvac"]);
        var advanced = await (await manager.Http.GetAsync($"{Plans}/{plan}")).ShouldHaveStatus(HttpStatusCode.OK);
        advanced.GetProperty("lastRaisedDueAt").GetDateTimeOffset().ShouldBe(due);
        advanced.GetProperty("nextDueAt").GetDateTimeOffset().ShouldBeGreaterThan(due);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE preventive_plan_id = $1", plan)).ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_occurrence_raise_exactly_one_work_order()
    {
        var (_, plan, due) = await PlanAsync("fixed");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try { return await Raise(plan, due) is null ? "skipped" : "raised"; }
            catch (Shared.Kernel.Domain.ConflictException) { return "conflict"; }
        }));

        outcomes.Count(o => o == "raised").ShouldBe(1);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE preventive_plan_id = $1", plan)).ShouldBe(1);
    }

    [Fact]
    public async Task A_floating_plan_falls_due_again_one_interval_after_its_work_order_is_completed()
    {
        var (manager, plan, due) = await PlanAsync("floating");
        var id = (await Raise(plan, due))!.Value;
        (await (await manager.Http.GetAsync($"{Plans}/{plan}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("nextDueAt").ValueKind
            .ShouldBe(System.Text.Json.JsonValueKind.Null);
        var technician = await manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician());
        await (await manager.Http.Assign(id, technician)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.ChangeStatus(id, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        var completed = await (await manager.Http.ChangeStatus(id, "completed")).ShouldHaveStatus(HttpStatusCode.OK);

        var next = (await (await manager.Http.GetAsync($"{Plans}/{plan}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("nextDueAt").GetDateTimeOffset();

        next.ShouldBe(completed.GetProperty("completedAt").GetDateTimeOffset().AddDays(14), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task An_occurrence_of_a_plan_changed_since_it_was_scheduled_raises_nothing()
    {
        var (_, plan, due) = await PlanAsync("fixed");

        (await Raise(plan, due.AddDays(1))).ShouldBeNull();
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE preventive_plan_id = $1", plan)).ShouldBe(0);
    }

    private async Task<(SignedInClient Manager, Guid Plan, DateTimeOffset Due)> PlanAsync(string mode)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var equipment = await manager.Http.RegisterEquipmentAsync();
        var due = DateTimeOffset.UtcNow.AddDays(1);
        var plan = await (await manager.Http.PostAsJsonAsync(Plans, new
        {
            equipmentId = equipment, title = "Filter", description = "Replace the filter", priority = "medium", requiredSkills = new[] { "hvac" },
            intervalCount = 2, intervalUnit = "weeks", mode, leadTimeDays = 0, firstDueAt = due,
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return (manager, plan.GetProperty("id").GetGuid(), plan.GetProperty("nextDueAt").GetDateTimeOffset());
    }

    private async Task<Guid?> Raise(Guid plan, DateTimeOffset due)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RaisePlannedWorkOrderCommand(plan, due));
    }
}
