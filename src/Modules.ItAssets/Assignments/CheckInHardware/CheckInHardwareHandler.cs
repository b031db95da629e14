using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Assignments.CheckInHardware;

internal sealed class CheckInHardwareHandler(ItAssetsSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CheckInHardwareCommand, AssignmentDetails>
{
    public async Task<AssignmentDetails> Handle(CheckInHardwareCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.HardwareId, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", command.HardwareId);
        var openId = asset.OpenAssignmentId;
        var now = clock.GetUtcNow();
        asset.CheckIn(user.Id, now, command.Note);
        var assignment = await db.Documents.LoadAsync<Assignment>(openId!.Value, cancellationToken)
                         ?? throw new ConflictException($"The open assignment of '{asset.AssetTag}' is missing; reload and try again.");
        assignment.Close(user.Id, command.Note, now);
        db.Update(assignment);
        db.Update(asset);
        db.PublishCheckedIn(assignment, now);
        await db.SaveChangesAsync(cancellationToken);
        return assignment.ToDetails();
    }
}
