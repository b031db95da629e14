using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Modules.Notifications.Tests.Triggers;

/// <summary>Janitorial's triggers (its handlers in src/Modules.Janitorial/Notifications), each to the people who may see the record only.</summary>
public sealed class JanitorialTriggerTests(NotificationsApi api) : IClassFixture<NotificationsApi>
{
    [Fact]
    public async Task A_planned_cleaning_notifies_its_crew_member_only()
    {
        var site = await JanitorialSite.CreateAsync(api);
        var colleague = await site.MemberAsync(api, Roles.Technician);

        var schedule = await site.PlanCleaningAsync(site.Technician.UserId);
        await api.SettleBusAsync();

        var notice = (await site.Technician.NotificationsAsync("janitorial.cleaning-assigned")).ShouldHaveSingleItem();
        notice.GetProperty("title").GetString().ShouldStartWith("Cleaning assigned to you at Acme HQ");
        notice.GetProperty("body").GetString()!.ShouldContain("2030-01-07, 08:00-10:00");
        notice.GetProperty("sourceId").GetGuid().ShouldBe(schedule);
        (await colleague.NotificationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_missed_cleaning_notifies_the_managers_and_not_the_crew()
    {
        var site = await JanitorialSite.CreateAsync(api);
        var schedule = await site.PlanCleaningAsync(site.Technician.UserId, "2030-03-04");
        await api.SettleBusAsync();

        await using (var late = api.AnotherHost(new ManualClock(new DateTimeOffset(2030, 3, 4, 12, 0, 0, TimeSpan.Zero))))
        {
            await using var scope = late.Services.CreateAsyncScope();
            var job = scope.ServiceProvider.GetServices<SingletonJobRegistration>().Single(j => j.Name.Contains("MarkMissed", StringComparison.Ordinal));
            await ((ISingletonJob)scope.ServiceProvider.GetRequiredService(job.JobType)).RunAsync(CancellationToken.None);
        }
        await api.SettleBusAsync();

        var notice = (await site.Manager.NotificationsAsync("janitorial.cleaning-missed")).ShouldHaveSingleItem();
        notice.GetProperty("sourceId").GetGuid().ShouldBe(schedule);
        notice.GetProperty("body").GetString()!.ShouldContain("2030-03-04");
        (await site.Technician.NotificationsAsync("janitorial.cleaning-missed")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failed_inspection_notifies_the_managers_and_the_client_of_a_site_that_grants_it_but_no_other_client()
    {
        var granting = await JanitorialSite.CreateAsync(api, clientSeesInspections: true);
        var client = await granting.MemberAsync(api, Roles.Client);
        var closed = await JanitorialSite.CreateAsync(api, clientSeesInspections: false);
        var closedClient = await closed.MemberAsync(api, Roles.Client);
        var inspector = await granting.MemberAsync(api, Roles.Inspector);
        await closed.AssignAsync(inspector.UserId, Roles.Inspector);

        var failed = await granting.RecordInspectionAsync(inspector.Http, score: 40);
        var failedClosed = await closed.RecordInspectionAsync(inspector.Http, score: 35);
        await granting.RecordInspectionAsync(inspector.Http, score: 95);
        await api.SettleBusAsync();

        (await client.NotificationsAsync("janitorial.inspection-failed")).ShouldHaveSingleItem().GetProperty("sourceId").GetGuid().ShouldBe(failed);
        (await closedClient.NotificationsAsync()).ShouldBeEmpty("the site does not let its client see inspections");
        (await granting.Manager.NotificationsAsync("janitorial.inspection-failed")).Select(n => n.GetProperty("sourceId").GetGuid())
            .Order().ShouldBe(new[] { failed, failedClosed }.Order());
        (await granting.Technician.NotificationsAsync("janitorial.inspection-failed")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Supply_falling_below_its_reorder_level_notifies_the_managers_once_per_crossing()
    {
        var site = await JanitorialSite.CreateAsync(api);
        var item = await site.StockAsync(quantity: 10, reorderLevel: 5);

        await JanitorialSite.ConsumeAsync(site.Technician.Http, item, 3);
        await JanitorialSite.ConsumeAsync(site.Technician.Http, item, 3);
        await JanitorialSite.ConsumeAsync(site.Technician.Http, item, 1);
        await api.SettleBusAsync();

        var notice = (await site.Manager.NotificationsAsync("janitorial.supply-below-reorder-level")).ShouldHaveSingleItem();
        notice.GetProperty("sourceId").GetGuid().ShouldBe(item);
        notice.GetProperty("body").GetString().ShouldBe("4 litre on hand, reorder level 5 litre.");
        (await site.Technician.NotificationsAsync()).Where(n => n.GetProperty("kind").GetString() != "janitorial.cleaning-assigned").ShouldBeEmpty();
    }
}
