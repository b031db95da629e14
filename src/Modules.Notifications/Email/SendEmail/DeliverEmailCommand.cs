using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Notifications.Email.SendEmail;

/// <summary>Makes the due attempt at sending a delivery; answers its status afterwards.</summary>
internal sealed record DeliverEmailCommand(Guid DeliveryId) : ICommand<EmailStatus?>;
