using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Email.SendEmail;
using Wolverine;

namespace OpsPlatform.Modules.Notifications.Tests.Email;

/// <summary>E-mail through a real SMTP server: text and HTML bodies, one e-mail per notification under redelivery, retries, failures and an admin's retry.</summary>
public sealed class EmailDeliveryTests(NotificationsApi api) : IClassFixture<NotificationsApi>
{
    [Fact]
    public async Task An_urgent_notification_is_one_e_mail_with_text_and_html_bodies_from_the_templates()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Technician);
        await api.NotifyAsync(NotificationsApi.Notice($"urgent-{user.UserId}", "high", user.UserId) with { Title = "Pump <1> failed", Body = "Line one\nLine & two" });
        await api.SettleBusAsync();

        var mail = api.Smtp.MessagesTo(user.Email).ShouldHaveSingleItem();
        var notification = (await user.NotificationsAsync()).Single().GetProperty("id").GetGuid();
        mail.Subject.ShouldBe("Pump <1> failed");
        mail.MessageId.ShouldBe($"{notification}@opsplatform");
        mail.TextBody!.ShouldContain("Line one\nLine & two".ReplaceLineEndings());
        mail.TextBody!.ShouldContain("http://localhost:5080/admin/somewhere");
        mail.HtmlBody!.ShouldContain("Pump &lt;1&gt; failed");
        mail.HtmlBody!.ShouldContain("Line & two".Replace("&", "&amp;"));
        mail.HtmlBody!.ShouldContain("href=\"http://localhost:5080/admin/somewhere\"");
        (await Status(notification)).ShouldBe("Sent");
    }

    [Fact]
    public async Task Redelivered_and_duplicate_send_messages_send_exactly_one_e_mail()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Technician);
        var notice = NotificationsApi.Notice($"once-{user.UserId}", "high", user.UserId);
        await api.NotifyAsync(notice);
        await api.NotifyAsync(notice with { EventId = Guid.NewGuid() }); // the trigger's event delivered again
        await api.SettleBusAsync();
        var delivery = (await user.NotificationsAsync()).Single().GetProperty("id").GetGuid();

        // The send itself delivered again, once after it succeeded and twice at the same moment.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => bus.PublishAsync(new SendEmail(Guid.NewGuid(), DateTimeOffset.UtcNow, delivery)).AsTask()));
        }
        await api.SettleBusAsync();

        api.Smtp.MessagesTo(user.Email).Count.ShouldBe(1);
        (await api.ScalarAsync<int>("SELECT (data->>'Attempts')::int FROM notifications.mt_doc_email_delivery WHERE id = $1", delivery)).ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_e_mail_is_retried_then_failed_with_its_reason_and_an_admin_can_send_it_again()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var user = await api.SignInAsNewUserAsync(Roles.Technician);
        api.Smtp.Reject(true);
        Guid delivery;
        try
        {
            await api.NotifyAsync(NotificationsApi.Notice($"refused-{user.UserId}", "high", user.UserId));
            await api.SettleBusAsync();
            delivery = (await user.NotificationsAsync()).Single().GetProperty("id").GetGuid();
            (await Status(delivery)).ShouldBeOneOf("Retrying", "Failed");
            await api.EventuallyAsync(async () => await Status(delivery) == "Failed", "the e-mail failed after its attempts");
        }
        finally
        {
            api.Smtp.Reject(false);
        }

        var failed = (await admin.Http.InboxAsync($"/emails?status=failed&recipientId={user.UserId}")).GetProperty("items").EnumerateArray().Single();
        failed.GetProperty("id").GetGuid().ShouldBe(delivery);
        failed.GetProperty("attempts").GetInt32().ShouldBe(3);
        failed.GetProperty("lastError").GetString()!.ShouldContain("Mailbox unavailable");
        api.Smtp.MessagesTo(user.Email).ShouldBeEmpty();
        await (await user.Http.PostAsync($"{NotificationsApi.Inbox}/emails/{delivery}/retry", null)).ShouldBeProblem(HttpStatusCode.Forbidden);

        await (await admin.Http.PostAsync($"{NotificationsApi.Inbox}/emails/{delivery}/retry", null)).ShouldHaveStatus(HttpStatusCode.Accepted);
        await api.SettleBusAsync();

        (await Status(delivery)).ShouldBe("Sent");
        api.Smtp.MessagesTo(user.Email).Count.ShouldBe(1);
        await (await admin.Http.PostAsync($"{NotificationsApi.Inbox}/emails/{delivery}/retry", null)).ShouldBeProblem(HttpStatusCode.Conflict, "status");
    }

    [Fact]
    public async Task Without_an_SMTP_host_e_mails_are_written_to_the_pickup_folder_once_each()
    {
        var pickup = Directory.CreateTempSubdirectory("ops-test-pickup-");
        try
        {
            await using var development = ApiFactory.ForDatabase(api.ConnectionString).WithSetting("Notifications:Mail:PickupDirectory", pickup.FullName);
            var user = await development.SignInAsNewUserAsync(Roles.Technician);
            var notice = NotificationsApi.Notice($"pickup-{user.UserId}", "high", user.UserId);
            await NotificationsApi.NotifyAsync(development, notice);
            await NotificationsApi.NotifyAsync(development, notice with { EventId = Guid.NewGuid() });
            await development.SettleBusAsync();

            var file = pickup.GetFiles("*.eml").ShouldHaveSingleItem();
            var mail = MimeKit.MimeMessage.Load(file.FullName);
            mail.To.Mailboxes.Single().Address.ShouldBe(user.Email);
            file.Name.ShouldBe($"{(await user.NotificationsAsync()).Single().GetProperty("id").GetGuid()}.eml");
        }
        finally
        {
            pickup.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_delivery_list_is_for_admins_and_rejects_unknown_filters()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await (await manager.Http.GetAsync($"{NotificationsApi.Inbox}/emails")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await admin.Http.GetAsync($"{NotificationsApi.Inbox}/emails?status=lost")).ShouldBeProblem(HttpStatusCode.BadRequest, "status");
        await (await admin.Http.GetAsync($"{NotificationsApi.Inbox}/emails?state=failed")).ShouldBeProblem(HttpStatusCode.BadRequest, "state");
    }

    private Task<string?> Status(Guid delivery) =>
        api.ScalarAsync<string>("SELECT status FROM notifications.mt_doc_email_delivery WHERE id = $1", delivery);
}
