using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Email.ListEmailDeliveries;

internal sealed class ListEmailDeliveriesValidator() : PagedQueryValidator<ListEmailDeliveriesQuery, EmailDelivery>(EmailDeliverySortFields.All);
