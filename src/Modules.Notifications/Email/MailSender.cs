using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace OpsPlatform.Modules.Notifications.Email;

/// <summary>
/// Sends one delivery through SMTP (MailKit), or writes it to the pickup folder when no SMTP host is configured. The
/// message's <c>Message-Id</c> is the delivery's id, so a copy that a crash made the sender repeat is recognisable as
/// the same message (and a pickup file is overwritten, not doubled).
/// </summary>
internal sealed class MailSender(IOptions<MailOptions> options, IHostEnvironment environment)
{
    public async Task SendAsync(EmailDelivery delivery, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = Compose(delivery, settings);
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{delivery.Id}.eml");
            var partial = file + ".tmp";
            await message.WriteToAsync(partial, cancellationToken);
            File.Move(partial, file, overwrite: true);
            return;
        }

        using var smtp = new SmtpClient { Timeout = (int)settings.SmtpTimeout.TotalMilliseconds };
        await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, Enum.Parse<SecureSocketOptions>(settings.SmtpSecurity, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
            await smtp.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }

    private static MimeMessage Compose(EmailDelivery delivery, MailOptions settings)
    {
        var message = new MimeMessage
        {
            MessageId = $"{delivery.Id}@opsplatform",
            Subject = delivery.Subject,
            Date = delivery.CreatedAt,
            Body = new BodyBuilder { TextBody = delivery.TextBody, HtmlBody = delivery.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(delivery.To));
        message.Headers.Add("X-Ops-Delivery-Id", delivery.Id.ToString());
        return message;
    }
}
