using MediatR;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Reminders;

namespace OpsPlatform.Modules.ItAssets.Licenses.CreateLicense;

internal sealed class CreateLicenseHandler(ItAssetsSession db, ProductKeyProtector keys, ExpiryReminders reminders, TimeProvider clock)
    : IRequestHandler<CreateLicenseCommand, LicenseDetails>
{
    public async Task<LicenseDetails> Handle(CreateLicenseCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var license = SoftwareLicense.Create(command.ToFields(), keys.Protect(command.ProductKey), now);
        db.Insert(license);
        reminders.RescheduleReminders(db, license, now);
        await db.SaveChangesAsync(cancellationToken);
        return LicenseDetails.From(license);
    }
}
