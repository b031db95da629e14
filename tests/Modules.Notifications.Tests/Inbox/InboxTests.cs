using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Notifications.Tests.Inbox;

/// <summary>The inbox API: the owner's notifications only, unread first, paged; counts, read marks, deletes; live for the owner only.</summary>
public sealed class InboxTests(NotificationsApi api) : IClassFixture<NotificationsApi>
{
    [Fact]
    public async Task The_inbox_lists_unread_first_then_newest_first_and_pages_with_hasMore()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        foreach (var key in new[] { "a", "b", "c" })
        {
            await api.NotifyAsync(NotificationsApi.Notice($"{key}-{user.UserId}", "low", user.UserId));
            await api.SettleBusAsync();
        }
        var all = await user.NotificationsAsync();
        all.Select(n => n.GetProperty("title").GetString()).ShouldBe([$"Title c-{user.UserId}", $"Title b-{user.UserId}", $"Title a-{user.UserId}"]);
        await (await user.Http.PostAsync($"{NotificationsApi.Inbox}/{all[0].GetProperty("id").GetGuid()}/read", null)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var first = await user.Http.InboxAsync("?pageSize=2&count=true");
        first.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("title").GetString()).ShouldBe([$"Title b-{user.UserId}", $"Title a-{user.UserId}"]);
        first.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
        first.GetProperty("totalItems").GetInt64().ShouldBe(3);
        var second = await user.Http.InboxAsync("?pageSize=2&page=2");
        second.GetProperty("items").EnumerateArray().Single().GetProperty("read").GetBoolean().ShouldBeTrue();
        second.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        (await user.Http.InboxAsync("?unread=true")).GetProperty("items").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Unread_count_mark_all_read_and_delete_change_only_the_callers_inbox()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        var other = await api.SignInAsNewUserAsync(Roles.Member);
        await api.NotifyAsync(NotificationsApi.Notice($"one-{user.UserId}", "low", user.UserId, other.UserId));
        await api.NotifyAsync(NotificationsApi.Notice($"two-{user.UserId}", "low", user.UserId, other.UserId));
        await api.SettleBusAsync();
        (await user.Http.UnreadAsync()).ShouldBe(2);

        (await (await user.Http.PostAsync($"{NotificationsApi.Inbox}/read-all", null)).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("marked").GetInt32().ShouldBe(2);
        (await user.Http.UnreadAsync()).ShouldBe(0);
        (await other.Http.UnreadAsync()).ShouldBe(2, "someone else's read marks are not mine");

        var mine = (await user.NotificationsAsync())[0].GetProperty("id").GetGuid();
        await (await user.Http.DeleteAsync($"{NotificationsApi.Inbox}/{mine}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        (await user.NotificationsAsync()).Count.ShouldBe(1);
        (await other.NotificationsAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Someone_elses_notification_is_a_404_for_reading_marking_and_deleting_even_for_an_admin()
    {
        var owner = await api.SignInAsNewUserAsync(Roles.Technician);
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        await api.NotifyAsync(NotificationsApi.Notice($"private-{owner.UserId}", "normal", owner.UserId));
        await api.SettleBusAsync();
        var id = (await owner.NotificationsAsync()).Single().GetProperty("id").GetGuid();

        await (await admin.Http.PostAsync($"{NotificationsApi.Inbox}/{id}/read", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await admin.Http.DeleteAsync($"{NotificationsApi.Inbox}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await admin.NotificationsAsync()).ShouldBeEmpty();
        (await owner.Http.UnreadAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_delivered_twice_makes_one_notification_per_recipient()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        var notice = NotificationsApi.Notice($"twice-{user.UserId}", "low", user.UserId, user.UserId);
        await api.NotifyAsync(notice);
        await api.NotifyAsync(notice with { EventId = Guid.NewGuid() });
        await api.SettleBusAsync();

        (await user.NotificationsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Bad_list_parameters_are_400s_naming_them()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        await (await user.Http.GetAsync($"{NotificationsApi.Inbox}?sort=title")).ShouldBeProblem(HttpStatusCode.BadRequest, "sort");
        await (await user.Http.GetAsync($"{NotificationsApi.Inbox}?unreed=true")).ShouldBeProblem(HttpStatusCode.BadRequest, "unreed");
        await (await user.Http.GetAsync($"{NotificationsApi.Inbox}?pageSize=0")).ShouldBeProblem(HttpStatusCode.BadRequest, "pageSize");
        await (await api.CreateClient().GetAsync(NotificationsApi.Inbox)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_new_notification_goes_live_to_its_recipient_only_not_to_managers()
    {
        var recipient = await api.SignInAsNewUserAsync(Roles.Technician);
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await using var mine = await SseClient.ConnectAsync(recipient.Http, "/api/live?module=notifications");
        await using var theirs = await SseClient.ConnectAsync(manager.Http, "/api/live?module=notifications");

        await api.NotifyAsync(NotificationsApi.Notice($"live-{recipient.UserId}", "normal", recipient.UserId));
        await api.SettleBusAsync();
        var live = await mine.NextAsync();
        live.Type.ShouldBe("notifications.notification-received");
        live.Payload.GetProperty("title").GetString().ShouldBe($"Title live-{recipient.UserId}");

        await api.NotifyAsync(NotificationsApi.Notice($"live-manager-{manager.UserId}", "normal", manager.UserId));
        await api.SettleBusAsync();
        (await theirs.NextAsync()).Payload.GetProperty("title").GetString().ShouldBe($"Title live-manager-{manager.UserId}",
            "the manager's stream skipped the technician's notification and shows their own");
    }
}
