using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Notifications.Email.RetryEmailDelivery;

internal sealed record RetryEmailDeliveryCommand(Guid Id, int? Version) : ICommand<bool>;
