using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.GetPreventivePlan;

internal sealed class GetPreventivePlanHandler(MaintenanceSession db) : IRequestHandler<GetPreventivePlanQuery, PreventivePlanDetails>
{
    public async Task<PreventivePlanDetails> Handle(GetPreventivePlanQuery query, CancellationToken cancellationToken) =>
        await db.Documents.Query<PreventivePlan>().Where(p => p.Id == query.Id).Select(PreventivePlanDetails.Projection).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Preventive plan", query.Id);
}
