using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Notifications.Tests.Preferences;

/// <summary>Preferences per user and kind over the defaults per role, and their validation.</summary>
public sealed class PreferencesTests(NotificationsApi api) : IClassFixture<NotificationsApi>
{
    [Fact]
    public async Task Defaults_follow_urgency_and_role_until_the_user_chooses_per_kind()
    {
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await api.NotifyAsync(NotificationsApi.Notice($"normal-{technician.UserId}", "normal", technician.UserId, manager.UserId));
        await api.SettleBusAsync();
        api.Smtp.MessagesTo(technician.Email).Count.ShouldBe(1, "everyday news reaches people away from a desk by e-mail");
        api.Smtp.MessagesTo(manager.Email).ShouldBeEmpty("managers get everyday news in-app");
        (await manager.NotificationsAsync()).Count.ShouldBe(1);

        await (await technician.Http.SetPreferences(new { timeZone = "Europe/Berlin", kinds = new Dictionary<string, string?> { ["test.something-happened"] = "off" } }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.SetPreferences(new { timeZone = "UTC", kinds = new Dictionary<string, string?> { ["test.something-happened"] = "email" } }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await api.NotifyAsync(NotificationsApi.Notice($"again-{technician.UserId}", "normal", technician.UserId, manager.UserId));
        await api.SettleBusAsync();

        (await technician.NotificationsAsync()).Count.ShouldBe(1, "off: nothing new");
        api.Smtp.MessagesTo(technician.Email).Count.ShouldBe(1);
        api.Smtp.MessagesTo(manager.Email).Count.ShouldBe(1, "the manager chose e-mail for this kind");

        var saved = await (await technician.Http.GetAsync($"{NotificationsApi.Inbox}/preferences")).ShouldHaveStatus(HttpStatusCode.OK);
        saved.GetProperty("timeZone").GetString().ShouldBe("Europe/Berlin");
        saved.GetProperty("kinds").GetProperty("test.something-happened").GetString().ShouldBe("off");

        await (await technician.Http.SetPreferences(new { timeZone = "Europe/Berlin", kinds = new Dictionary<string, string?> { ["test.something-happened"] = null } }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        (await (await technician.Http.GetAsync($"{NotificationsApi.Inbox}/preferences")).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("kinds").EnumerateObject().ShouldBeEmpty("null returns the kind to its default");
    }

    [Fact]
    public async Task Bad_preferences_are_400s_naming_the_field()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        await (await user.Http.SetPreferences(new { timeZone = "Mars/Olympus", kinds = new { } })).ShouldBeProblem(HttpStatusCode.BadRequest, "timeZone");
        await (await user.Http.SetPreferences(new { kinds = new { } })).ShouldBeProblem(HttpStatusCode.BadRequest, "timeZone");
        await (await user.Http.SetPreferences(new { timeZone = "UTC", kinds = new Dictionary<string, string> { ["Not A Kind"] = "email" } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "kinds");
        await (await user.Http.SetPreferences(new { timeZone = "UTC", kinds = new Dictionary<string, string> { ["test.kind"] = "pigeon" } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
    }
}
