using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Contracts;
using Wolverine;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.MaintenanceRecords.RequestRepair;

/// <summary>A repair request raises one maintenance work order through the bus; its completion closes the record and returns the hardware to service.</summary>
public sealed class RequestRepairTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string WorkOrders = "/api/maintenance/work-orders";
    private const string Records = "/api/it-assets/maintenance-records";

    [Fact]
    public async Task A_repair_request_raises_a_work_order_whose_completion_returns_the_hardware_to_its_holder()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var holder = await api.SignInAsNewUserAsync(Roles.Member);
        var tag = Tag();
        var id = await manager.Http.RegisterHardwareIdAsync(tag);
        await (await manager.Http.CheckOutAsync(id, holder.UserId)).ShouldHaveStatus(HttpStatusCode.Created);

        var record = await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/repair-requests", new { details = "Keyboard dead", vendor = "Lenovo" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        record.GetProperty("status").GetString().ShouldBe("repair_requested");
        (await Stage(manager.Http, id)).ShouldBe("in_repair");
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/repair-requests", new { details = "Again" })).ShouldBeProblem(HttpStatusCode.Conflict);
        await api.SettleBusAsync();

        var raised = await (await manager.Http.GetAsync($"{WorkOrders}?source=it_asset")).ShouldHaveStatus(HttpStatusCode.OK);
        var workOrder = raised.GetProperty("items").EnumerateArray().Single(w => w.GetProperty("title").GetString()!.Contains(tag));
        var workOrderId = workOrder.GetProperty("id").GetGuid();
        var linked = await (await manager.Http.GetAsync($"{Records}?hardwareId={id}")).ShouldHaveStatus(HttpStatusCode.OK);
        linked.GetProperty("items")[0].GetProperty("workOrderId").GetGuid().ShouldBe(workOrderId);
        var details = await (await manager.Http.GetAsync($"{WorkOrders}/{workOrderId}")).ShouldHaveStatus(HttpStatusCode.OK);
        details.GetProperty("sourceReference").GetString().ShouldBe(record.GetProperty("id").GetGuid().ToString());
        details.GetProperty("description").GetString()!.ShouldContain("Keyboard dead");

        await CompleteAsync(manager.Http, workOrderId);
        await api.SettleBusAsync();

        var closed = await (await manager.Http.GetAsync($"{Records}?hardwareId={id}")).ShouldHaveStatus(HttpStatusCode.OK);
        closed.GetProperty("items")[0].GetProperty("status").GetString().ShouldBe("done");
        (await Stage(manager.Http, id)).ShouldBe("deployed");
        var history = await (await manager.Http.GetAsync($"{HardwareRoute}/{id}/history")).ShouldHaveStatus(HttpStatusCode.OK);
        history.EnumerateArray().Take(2).Select(h => h.GetProperty("to").GetString()).ShouldBe(["deployed", "in_repair"]);
    }

    [Fact]
    public async Task A_redelivered_repair_request_raises_one_work_order()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var requested = new ItAssetRepairRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), "RED-1", "Laptop", "Fan noise", manager.UserId, []);

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            await bus.PublishAsync(requested);
            await bus.PublishAsync(requested with { EventId = Guid.NewGuid() });
        }
        await api.SettleBusAsync();

        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE source = 'ItAsset' AND source_reference = $1",
            requested.MaintenanceRecordId.ToString())).ShouldBe(1);
    }

    [Fact]
    public async Task Work_done_is_recorded_with_kind_cost_and_vendor_and_only_it_staff_record_or_read_it()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var id = await manager.Http.RegisterHardwareIdAsync();

        var done = await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/maintenance", new
        {
            kind = "upgrade", performedOn = Today(), details = "RAM to 32 GB", cost = 120.5m, vendor = "Acme",
        })).ShouldHaveStatus(HttpStatusCode.Created);

        done.GetProperty("status").GetString().ShouldBe("done");
        (await (await manager.Http.GetAsync($"{Records}?hardwareId={id}&kind=upgrade")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(1);
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/maintenance", new { kind = "repair", performedOn = Today(3), details = "Later" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "performedOn");
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/maintenance", new { kind = "polish", performedOn = Today(), details = "x" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "kind");
        await (await member.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/maintenance", new { kind = "repair", performedOn = Today(), details = "x" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await member.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/repair-requests", new { details = "x" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await member.Http.GetAsync(Records)).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    private static async Task<string> Stage(HttpClient http, Guid id) =>
        (await (await http.GetAsync($"{HardwareRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("stage").GetString()!;

    /// <summary>Through Maintenance's own API: a technician, assigned, in progress, completed.</summary>
    private async Task CompleteAsync(HttpClient manager, Guid workOrder)
    {
        var techUser = await api.SignInAsNewUserAsync(Roles.Technician);
        var technician = (await (await manager.PostAsJsonAsync("/api/maintenance/technicians", new
        {
            name = "IT Fixer", userId = techUser.UserId, skills = new[] { new { name = "it", level = 3 } },
            weeklyAvailability = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(day => new { day, from = "09:00:00", to = "17:00:00" }),
            unavailability = Array.Empty<object>(),
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await manager.PostAsJsonAsync($"{WorkOrders}/{workOrder}/assign", new { technicianId = technician, version = await Version(manager, workOrder) }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        foreach (var status in new[] { "in_progress", "completed" })
            await (await manager.PostAsJsonAsync($"{WorkOrders}/{workOrder}/status", new { status, version = await Version(manager, workOrder) }))
                .ShouldHaveStatus(HttpStatusCode.OK);
    }

    private static async Task<int> Version(HttpClient manager, Guid workOrder) =>
        (await (await manager.GetAsync($"{WorkOrders}/{workOrder}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("version").GetInt32();
}
