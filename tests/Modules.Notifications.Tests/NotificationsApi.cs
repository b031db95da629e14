using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Contracts;
using Wolverine;

namespace OpsPlatform.Modules.Notifications.Tests;

/// <summary>
/// The host on its own database, its e-mail going to a real SMTP server of its own (<see cref="SmtpSink"/>), with
/// short retry delays. Request helpers for the inbox and for arranging the records other modules notify about.
/// </summary>
public class NotificationsApi : ApiFactory
{
    public const string Inbox = "/api/notifications";

    public SmtpSink Smtp { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Smtp.StartAsync();
        SendsMailTo(this, Smtp);
    }

    /// <summary>Another host (node) on this database, sending to the same SMTP server; dispose it in the test.</summary>
    public ApiFactory AnotherHost(TimeProvider? clock = null) => SendsMailTo(ForDatabase(ConnectionString, clock), Smtp);

    private static ApiFactory SendsMailTo(ApiFactory host, SmtpSink smtp) => host
        .WithSetting("Notifications:Mail:SmtpHost", "127.0.0.1")
        .WithSetting("Notifications:Mail:SmtpPort", smtp.Port.ToString())
        .WithSetting("Notifications:Mail:SmtpSecurity", "None")
        .WithSetting("Notifications:Mail:MaxAttempts", "3")
        .WithSetting("Notifications:Mail:RetryBackoff", "00:00:00.500");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    /// <summary>Sends a <see cref="Notify"/> on the bus, as a module's trigger would.</summary>
    public Task NotifyAsync(Notify notify) => NotifyAsync(this, notify);

    /// <summary>Sends a <see cref="Notify"/> on the bus of <paramref name="host"/>.</summary>
    public static async Task NotifyAsync(ApiFactory host, Notify notify)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(notify);
    }

    public static Notify Notice(string key, string urgency, params Guid[] recipients) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, key, "test.something-happened", urgency, recipients, $"Title {key}", $"Body of {key}", "/admin/somewhere",
            "test", "thing", Guid.NewGuid());

    /// <summary>Polls (the bus settles between polls) until <paramref name="done"/> holds, or fails after <paramref name="timeout"/>.</summary>
    public async Task EventuallyAsync(Func<Task<bool>> done, string what, TimeSpan? timeout = null)
    {
        var until = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await done())
        {
            if (DateTimeOffset.UtcNow > until) throw new TimeoutException($"Still not true: {what}");
            await SettleBusAsync();
            await Task.Delay(200);
        }
    }
}

internal static class InboxRequests
{
    public static async Task<JsonElement> InboxAsync(this HttpClient http, string query = "") =>
        await (await http.GetAsync($"{NotificationsApi.Inbox}{query}")).ShouldHaveStatus(HttpStatusCode.OK);

    public static async Task<List<JsonElement>> NotificationsAsync(this SignedInClient user, string? kind = null) =>
        (await user.Http.InboxAsync("?pageSize=100")).GetProperty("items").EnumerateArray()
            .Where(n => kind is null || n.GetProperty("kind").GetString() == kind).ToList();

    public static async Task<long> UnreadAsync(this HttpClient http) =>
        (await (await http.GetAsync($"{NotificationsApi.Inbox}/unread-count")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("unread").GetInt64();

    public static Task<HttpResponseMessage> SetPreferences(this HttpClient http, object body) =>
        http.PutAsJsonAsync($"{NotificationsApi.Inbox}/preferences", body);

    public static Task<SignedInClient> ManagerAsync(this ApiFactory api) => api.SignInAsNewUserAsync(Roles.Manager);
}
