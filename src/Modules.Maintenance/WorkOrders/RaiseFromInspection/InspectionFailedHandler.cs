using MediatR;
using Marten;
using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders.RaiseWorkOrder;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.RaiseFromInspection;

/// <summary>
/// Flow 1: a failed janitorial inspection raises one work order at its site (source inspection, reference the
/// inspection id), through the normal raise command. A second delivery finds that work order and does nothing; two
/// racing deliveries meet the unique index on (source, source_reference), and the loser's retry finds the winner's.
/// </summary>
public sealed class InspectionFailedHandler(IMediator mediator, MaintenanceSession db, TimeProvider clock)
    : IIntegrationEventHandler<InspectionFailed>
{
    public async Task Handle(InspectionFailed message, CancellationToken cancellationToken)
    {
        var reference = message.InspectionId.ToString();
        if (await db.Documents.Query<WorkOrder>().AnyAsync(w => w.Source == WorkOrderSource.Inspection && w.SourceReference == reference, cancellationToken))
            return;

        var (priority, dueIn) = InspectionPriority.For(message.Score, message.PassThreshold);
        await mediator.Send(new RaiseWorkOrderCommand(
            Clip($"Failed inspection at {message.SiteName} ({message.SiteCode})", 200),
            Clip(Description(message), 4000),
            priority,
            EquipmentId: null,
            message.SiteId,
            clock.GetUtcNow() + dueIn,
            RequiredSkills: null)
        {
            Origin = new WorkOrderOrigin(WorkOrderSource.Inspection, reference, message.InspectorUserId),
        }, cancellationToken);
    }

    private static string Description(InspectionFailed e)
    {
        var text = $"Inspection scored {e.Score} against a pass threshold of {e.PassThreshold} at {e.SiteName}, {e.SiteAddress}.\n\nFindings: {e.Findings}";
        return string.IsNullOrWhiteSpace(e.CorrectiveActions) ? text : $"{text}\n\nCorrective actions: {e.CorrectiveActions}";
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
