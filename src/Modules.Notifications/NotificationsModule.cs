using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Digest;
using OpsPlatform.Modules.Notifications.Email;
using OpsPlatform.Modules.Notifications.Persistence;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.Notifications;

/// <summary>
/// Notifications (schema <c>notifications</c>): each user's inbox, fed by <c>Notify</c> messages the other modules send
/// from their own events; e-mail through SMTP (or a pickup folder in development), at most one per notification; daily
/// digests; preferences per user and kind.
/// </summary>
public static class NotificationsModule
{
    public const string Schema = "notifications";

    public static IServiceCollection AddNotificationsModule(this IServiceCollection services)
    {
        services.AddModuleStore<INotificationsStore, NotificationsSession>(Schema, typeof(NotificationsModule).Assembly, NotificationsStoreSetup.Configure);
        services.AddCurrentUser();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddSingleton<EmailTemplates>();
        services.AddSingleton<MailSender>();
        services.AddSingletonJob<SendDigestsJob, NotificationsSession>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.DigestCheckInterval);
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsModule(this IEndpointRouteBuilder app)
    {
        NotificationsEndpoints.Map(app.MapGroup("/api").WithTags("Notifications"));
        return app;
    }
}
