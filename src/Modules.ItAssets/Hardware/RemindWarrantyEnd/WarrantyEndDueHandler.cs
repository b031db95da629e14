using MediatR;
using Wolverine;

namespace OpsPlatform.Modules.ItAssets.Hardware.RemindWarrantyEnd;

/// <summary>Delivered once by the bus when a warranty reminder falls due; the command's commit also marks it handled.</summary>
public sealed class WarrantyEndDueHandler : IWolverineHandler
{
    public static Task Handle(WarrantyEndDue message, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new RemindWarrantyEndCommand(message.HardwareId, message.WarrantyEndsOn, message.DaysBefore), cancellationToken);
}
