using MediatR;
using Wolverine;

namespace OpsPlatform.Modules.ItAssets.Licenses.RemindLicenseExpiry;

/// <summary>Delivered once by the bus when a reminder falls due; the command's commit (the module's session from the message's scope) also marks it handled.</summary>
public sealed class LicenseExpiryDueHandler : IWolverineHandler
{
    public static Task Handle(LicenseExpiryDue message, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new RemindLicenseExpiryCommand(message.LicenseId, message.ExpiresOn, message.DaysBefore), cancellationToken);
}
