using Wolverine;
using OpsPlatform.Shared.Kernel.Bus;
using OpsPlatform.Modules.Janitorial.Contracts;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Flows;

/// <summary>
/// The two cross-module flows end to end through HTTP on one host, with the real modules on both sides of the bus:
/// a failed janitorial inspection raises one maintenance work order at its site; completing that work order raises one
/// follow-up cleaning at the same site.
/// </summary>
public sealed class FailedInspectionToFollowUpCleaningTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_failed_inspection_raises_one_work_order_and_its_completion_one_follow_up_cleaning()
    {
        var site = await SiteWithCrewAsync(passThreshold: 80);

        var inspectionId = await RecordInspectionAsync(site.Inspector.Http, site.Id, score: 45);
        await api.SettleBusAsync();

        var workOrder = await SingleInspectionWorkOrderAsync(site.Manager.Http, site.Id);
        workOrder.GetProperty("sourceReference").GetString().ShouldBe(inspectionId.ToString());
        workOrder.GetProperty("status").GetString().ShouldBe("open");
        var workOrderId = workOrder.GetProperty("id").GetGuid();

        var technicianId = await RegisterTechnicianAsync(site.Manager.Http, site.Technician.UserId);
        await (await site.Manager.Http.PostAsJsonAsync($"/api/maintenance/work-orders/{workOrderId}/assign", new { technicianId, @override = true }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await ChangeStatusAsync(site.Technician.Http, workOrderId, "in_progress");
        await ChangeStatusAsync(site.Technician.Http, workOrderId, "completed");
        await api.SettleBusAsync();

        var cleanings = await site.Manager.Http.GetFromJsonAsync<JsonElement>($"/api/janitorial/schedules?siteId={site.Id}");
        cleanings.ShouldListExactly(1);
        var scheduleId = cleanings.GetProperty("items")[0].GetProperty("id").GetGuid();
        var followUp = await (await site.Manager.Http.GetAsync($"/api/janitorial/schedules/{scheduleId}")).ShouldHaveStatus(HttpStatusCode.OK);
        followUp.GetProperty("sourceWorkOrderId").GetGuid().ShouldBe(workOrderId);
        followUp.GetProperty("assignedTo").GetGuid().ShouldBe(site.Technician.UserId);
    }

    [Fact]
    public async Task A_passed_inspection_raises_no_work_order()
    {
        var site = await SiteWithCrewAsync(passThreshold: 80);

        await RecordInspectionAsync(site.Inspector.Http, site.Id, score: 92);
        await api.SettleBusAsync();

        var page = await site.Manager.Http.GetFromJsonAsync<JsonElement>($"/api/maintenance/work-orders?siteId={site.Id}&source=inspection");
        page.ShouldListExactly(0);
    }

    [Fact]
    public async Task An_inspection_failure_delivered_a_second_time_still_leaves_one_work_order()
    {
        var site = await SiteWithCrewAsync(passThreshold: 80);
        var inspectionId = await RecordInspectionAsync(site.Inspector.Http, site.Id, score: 30);
        await api.SettleBusAsync();

        // A redelivery after the handled marker is gone: the same event published to the handler again.
        var payload = await api.ScalarAsync<string>(
            "SELECT payload::text FROM janitorial.live_events WHERE message_type = 'janitorial.inspection-failed' AND payload->>'inspectionId' = $1", inspectionId.ToString());
        var again = System.Text.Json.JsonSerializer.Deserialize<InspectionFailed>(payload!, MessageJson.Options)!;
        await api.ScalarAsync<int>("DELETE FROM wolverine.wolverine_incoming_envelopes WHERE message_type = 'janitorial.inspection-failed'");
        await using (var scope = api.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(again);
        await api.SettleBusAsync();

        (await api.ScalarAsync<long>("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE message_type = 'janitorial.inspection-failed' AND status = 'Handled' AND received_at LIKE '%maintenance%'")).ShouldBe(1);
        await SingleInspectionWorkOrderAsync(site.Manager.Http, site.Id);
        (await api.ScalarAsync<long>("SELECT count(*) FROM wolverine.wolverine_dead_letters")).ShouldBe(0);
    }

    private async Task<JsonElement> SingleInspectionWorkOrderAsync(HttpClient manager, Guid siteId)
    {
        var page = await manager.GetFromJsonAsync<JsonElement>($"/api/maintenance/work-orders?siteId={siteId}&source=inspection");
        page.ShouldListExactly(1);
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();
        return await (await manager.GetAsync($"/api/maintenance/work-orders/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    private async Task<SiteWithCrew> SiteWithCrewAsync(int passThreshold)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var inspector = await api.SignInAsNewUserAsync(Roles.Inspector);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var site = await (await manager.Http.PostAsJsonAsync("/api/janitorial/sites", new
        {
            siteName = "Harbour Office",
            siteCode = $"H-{Guid.NewGuid():N}"[..14],
            address = "2 Quay Road",
            clientName = "Harbour Ltd",
            serviceLevel = "standard",
            primaryContactId = manager.UserId,
            passThreshold,
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var siteId = site.GetProperty("id").GetGuid();
        foreach (var (member, role) in new[] { (inspector, "inspector"), (technician, "technician") })
            await (await manager.Http.PutAsJsonAsync($"/api/janitorial/sites/{siteId}/members/{member.UserId}", new { role })).ShouldHaveStatus(HttpStatusCode.OK);
        return new SiteWithCrew(siteId, manager, inspector, technician);
    }

    private static async Task<Guid> RecordInspectionAsync(HttpClient inspector, Guid siteId, int score)
    {
        var inspection = await (await inspector.PostAsJsonAsync("/api/janitorial/inspections", new
        {
            siteId,
            inspectionDate = "2026-11-20",
            score,
            findings = "Restrooms not restocked; lobby floor streaked",
            correctiveActions = "Restock and re-mop",
            photoUrl = "https://photos.example.com/harbour.jpg",
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return inspection.GetProperty("id").GetGuid();
    }

    private static async Task<Guid> RegisterTechnicianAsync(HttpClient manager, Guid userId)
    {
        var weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(day => new { day, from = "09:00:00", to = "17:00:00" });
        var technician = await (await manager.PostAsJsonAsync("/api/maintenance/technicians", new
        {
            name = "Robin Repair",
            userId,
            skills = new[] { new { name = "plumbing", level = 3 } },
            weeklyAvailability = weekdays,
            unavailability = Array.Empty<object>(),
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return technician.GetProperty("id").GetGuid();
    }

    private static async Task ChangeStatusAsync(HttpClient http, Guid workOrderId, string status) =>
        await (await http.PostAsJsonAsync($"/api/maintenance/work-orders/{workOrderId}/status", new { status })).ShouldHaveStatus(HttpStatusCode.OK);

    private sealed record SiteWithCrew(Guid Id, SignedInClient Manager, SignedInClient Inspector, SignedInClient Technician);
}
