using MediatR;
using Marten;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Reminders;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Licenses.UpdateLicense;

/// <summary>Under the seats lock, so that lowering the seats owned never races a seat assignment.</summary>
internal sealed class UpdateLicenseHandler(ItAssetsSession db, ProductKeyProtector keys, ExpiryReminders reminders, TimeProvider clock)
    : IRequestHandler<UpdateLicenseCommand, LicenseDetails>
{
    public async Task<LicenseDetails> Handle(UpdateLicenseCommand command, CancellationToken cancellationToken)
    {
        await db.LockAsync(ItAssetsLocks.LicenseSeats(command.Id), cancellationToken);
        var license = await db.Documents.LoadAsync<SoftwareLicense>(command.Id, cancellationToken)
                      ?? throw new NotFoundException("License", command.Id);
        license.EnsureVersion(command.Version);
        var expiredBefore = license.ExpiresOn;
        license.Update(command.ToFields(), keys.Protect(command.ProductKey));
        db.Update(license);
        if (license.ExpiresOn != expiredBefore) reminders.RescheduleReminders(db, license, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return LicenseDetails.From(license);
    }
}
