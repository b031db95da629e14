using Wolverine;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Modules.Maintenance.WorkOrders.RaiseFromInspection;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.RaiseFromInspection;

public sealed class InspectionFailedHandlerTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_failed_inspection_raises_one_work_order_at_its_site_even_when_delivered_twice()
    {
        var failed = Failed(score: 30, threshold: 80);

        await Deliver(failed);
        await Deliver(failed);

        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE source = 'Inspection' AND source_reference = $1", failed.InspectionId.ToString()))
            .ShouldBe(1);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.live_events WHERE message_type = 'maintenance.work-order-raised' AND payload->>'sourceReference' = $1",
            failed.InspectionId.ToString())).ShouldBe(1);
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var list = await (await manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}?source=inspection&siteId={failed.SiteId}")).ShouldHaveStatus(HttpStatusCode.OK);
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        var workOrder = await (await manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        workOrder.GetProperty("status").GetString().ShouldBe("open");
        workOrder.GetProperty("priority").GetString().ShouldBe("urgent");
        workOrder.GetProperty("requestedBy").GetGuid().ShouldBe(failed.InspectorUserId);
        workOrder.GetProperty("title").GetString()!.ShouldContain("North Tower");
        workOrder.GetProperty("description").GetString()!.ShouldContain("Restrooms not restocked");
        workOrder.GetProperty("dueAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
    }

    [Fact]
    public async Task The_inspector_sees_the_work_order_their_inspection_raised()
    {
        var inspector = await api.SignInAsNewUserAsync(Roles.Inspector);
        var failed = Failed(score: 70, threshold: 80) with { InspectorUserId = inspector.UserId };

        await Deliver(failed);

        var list = await (await inspector.Http.GetAsync(MaintenanceApi.WorkOrders)).ShouldHaveStatus(HttpStatusCode.OK);
        list.ShouldListExactly(1);
        list.GetProperty("items")[0].GetProperty("priority").GetString().ShouldBe("medium");
    }

    [Fact]
    public async Task End_to_end_a_published_inspection_failed_event_becomes_a_work_order_through_the_bus()
    {
        var failed = Failed(score: 60, threshold: 80);
        await using (var scope = api.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(failed);

        await api.SettleBusAsync();

        (await api.ScalarAsync<string>("SELECT priority FROM maintenance.mt_doc_work_order WHERE source = 'Inspection' AND source_reference = $1", failed.InspectionId.ToString()))
            .ShouldBe("Medium");
        (await api.ScalarAsync<long>("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE message_type = 'janitorial.inspection-failed' AND status = 'Handled' AND received_at LIKE '%maintenance%'"))
            .ShouldBe(1);
    }

    [Theory]
    [InlineData(10, 80, "Urgent")]
    [InlineData(50, 80, "High")]
    [InlineData(65, 80, "Medium")]
    [InlineData(79, 80, "Low")]
    [InlineData(0, 0, "Urgent")]
    public void The_priority_follows_how_far_under_the_threshold_the_score_is(int score, int threshold, string expected)
    {
        InspectionPriority.For(score, threshold).Priority.ShouldBe(Enum.Parse<WorkOrderPriority>(expected));
    }

    /// <summary>Runs Maintenance's handler on the message in a scope of its own (Janitorial's notification handler subscribes too, so the bus cannot invoke one).</summary>
    private async Task Deliver(InspectionFailed message)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<InspectionFailedHandler>(scope.ServiceProvider).Handle(message, CancellationToken.None);
    }

    private static InspectionFailed Failed(int score, int threshold) => new(
        Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), "NT-01", "North Tower", "1 Main Street", Guid.NewGuid(),
        score, threshold, "Restrooms not restocked; lobby floor sticky", "Restock daily", []);
}
