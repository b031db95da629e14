using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Assignments.CheckOutHardware;

/// <summary>
/// Opens the assignment and moves the hardware to deployed in one commit. Two concurrent check-outs of one asset both
/// read it without a holder, but only one commits: the hardware's version check and the unique open-assignment index
/// each refuse the other (409).
/// </summary>
internal sealed class CheckOutHardwareHandler(ItAssetsSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CheckOutHardwareCommand, AssignmentDetails>
{
    public async Task<AssignmentDetails> Handle(CheckOutHardwareCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.HardwareId, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", command.HardwareId);
        var now = clock.GetUtcNow();
        var assignment = Assignment.Open(asset.Id, asset.AssetTag, asset.Name, command.AssignedTo, command.Location,
            command.ExpectedReturnOn, command.Note, user.Id, now);
        asset.CheckOut(assignment.Id, assignment.AssignedTo, assignment.Location, user.Id, now, command.Note);
        db.Insert(assignment);
        db.Update(asset);
        db.PublishCheckedOut(assignment, now);
        await db.SaveChangesAsync(cancellationToken);
        return assignment.ToDetails();
    }
}
