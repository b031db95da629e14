using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.GetInspection;

internal sealed class GetInspectionHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<GetInspectionQuery, InspectionDetails>
{
    public async Task<InspectionDetails> Handle(GetInspectionQuery query, CancellationToken cancellationToken)
    {
        var inspection = await (await db.VisibleInspectionsAsync(user, cancellationToken)).SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
                         ?? throw new NotFoundException("Inspection", query.Id);
        return InspectionDetails.From(inspection);
    }
}
