using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inspections.DeleteInspection;

/// <summary>Removes a log entered by mistake; events already raised for it stand (a work order raised from it is Maintenance's).</summary>
internal sealed class DeleteInspectionHandler(JanitorialDbContext db) : IRequestHandler<DeleteInspectionCommand, bool>
{
    public async Task<bool> Handle(DeleteInspectionCommand command, CancellationToken cancellationToken)
    {
        if (await db.Inspections.Where(i => i.Id == command.Id).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new NotFoundException("Inspection", command.Id);
        return true;
    }
}
