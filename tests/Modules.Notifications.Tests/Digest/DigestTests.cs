using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Digest;

namespace OpsPlatform.Modules.Notifications.Tests.Digest;

/// <summary>A host whose clock the digest tests set: 2030-05-06 18:00 UTC to begin with.</summary>
public sealed class DigestApi : NotificationsApi
{
    public ManualClock Time { get; } = new(new DateTimeOffset(2030, 5, 6, 18, 0, 0, TimeSpan.Zero));

    public DigestApi() => Clock = Time;
}

/// <summary>The daily digest: one e-mail with the day's items at the user's morning (07:00 in their time zone), exactly once.</summary>
public sealed class DigestTests(DigestApi api) : IClassFixture<DigestApi>
{
    [Fact]
    public async Task Low_urgency_news_for_a_manager_waits_for_one_digest_at_their_morning_in_their_time_zone()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var other = await api.SignInAsNewUserAsync(Roles.Manager);
        await (await manager.Http.SetPreferences(new { timeZone = "America/New_York", kinds = new { } })).ShouldHaveStatus(HttpStatusCode.OK);
        api.Time.Set(new DateTimeOffset(2030, 5, 6, 18, 0, 0, TimeSpan.Zero)); // 14:00 in New York
        await api.NotifyAsync(NotificationsApi.Notice($"stock-1-{manager.UserId}", "low", manager.UserId) with { Title = "Reorder floor cleaner" });
        await api.NotifyAsync(NotificationsApi.Notice($"stock-2-{manager.UserId}", "low", manager.UserId) with { Title = "Reorder mop heads" });
        await api.SettleBusAsync();
        (await manager.NotificationsAsync()).Count.ShouldBe(2, "digest items are in the inbox at once");
        api.Smtp.MessagesTo(manager.Email).ShouldBeEmpty();

        api.Time.Set(new DateTimeOffset(2030, 5, 7, 10, 30, 0, TimeSpan.Zero)); // 06:30 in New York: not yet
        (await RunJobAsync()).ShouldBe(0);
        api.Time.Set(new DateTimeOffset(2030, 5, 7, 11, 5, 0, TimeSpan.Zero)); // 07:05 in New York
        await api.NotifyAsync(NotificationsApi.Notice($"stock-3-{manager.UserId}", "low", manager.UserId) with { Title = "Reorder gloves" });
        await api.SettleBusAsync();
        await RunJobAsync();
        await RunJobAsync(); // a second run (or node) the same morning sends nothing more
        await api.SettleBusAsync();

        var digest = api.Smtp.MessagesTo(manager.Email).ShouldHaveSingleItem();
        digest.Subject.ShouldBe("Your daily digest: 2 notifications");
        digest.TextBody!.ShouldContain("Reorder floor cleaner");
        digest.TextBody!.ShouldContain("Reorder mop heads");
        digest.TextBody!.ShouldNotContain("Reorder gloves", Case.Sensitive, "it came after this morning: tomorrow's digest");
        digest.HtmlBody!.ShouldContain("<li><strong>Reorder mop heads</strong>");
        api.Smtp.MessagesTo(other.Email).ShouldBeEmpty("nobody else's items");

        api.Time.Set(new DateTimeOffset(2030, 5, 8, 11, 1, 0, TimeSpan.Zero)); // the next morning
        await RunJobAsync();
        await api.SettleBusAsync();
        var messages = api.Smtp.MessagesTo(manager.Email);
        messages.Count.ShouldBe(2);
        messages[1].Subject.ShouldBe("Your daily digest: 1 notification");
        messages[1].TextBody!.ShouldContain("Reorder gloves");
    }

    private async Task<int> RunJobAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SendDigestsJob>().SendDueDigestsAsync(CancellationToken.None);
    }
}
