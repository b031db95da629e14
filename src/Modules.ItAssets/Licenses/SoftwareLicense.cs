using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.ItAssets.Licenses;

/// <summary>
/// A software license and the count of its seats in use. Seats are taken and given back only through
/// <see cref="TakeSeat"/> and <see cref="GiveBackSeat"/>, under the license's lock, so more seats than owned are never in
/// use. The product key is stored only encrypted (<see cref="ProductKeyCipher"/>).
/// </summary>
internal sealed class SoftwareLicense : AggregateRoot
{
    private SoftwareLicense() { }

    public string ProductName { get; private set; } = "";
    public string? Vendor { get; private set; }
    public LicenseModel Model { get; private set; }
    public BillingPeriod? BillingPeriod { get; private set; }
    public int? SeatsOwned { get; private set; }
    public int SeatsUsed { get; private set; }
    public decimal? CostPerSeat { get; private set; }
    public DateOnly? PurchasedOn { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public string? Notes { get; private set; }
    public string? ProductKeyCipher { get; private set; }

    public bool LimitsSeats => Model is LicenseModel.PerSeat or LicenseModel.Subscription;

    public static SoftwareLicense Create(LicenseFields fields, string? productKeyCipher, DateTimeOffset now)
    {
        var license = new SoftwareLicense { Id = Guid.CreateVersion7(now), ProductKeyCipher = productKeyCipher };
        license.Apply(fields);
        return license;
    }

    /// <summary>Changes the fields; a null cipher keeps the stored product key.</summary>
    public void Update(LicenseFields fields, string? productKeyCipher)
    {
        Apply(fields);
        if (productKeyCipher is not null) ProductKeyCipher = productKeyCipher;
    }

    private void Apply(LicenseFields f)
    {
        var limited = f.Model is LicenseModel.PerSeat or LicenseModel.Subscription;
        if (limited && f.SeatsOwned is null)
            throw new DomainRuleViolation($"A '{EnumText<LicenseModel>.ToText(f.Model)}' license needs the number of seats owned.", "seatsOwned");
        if (f.Model == LicenseModel.Subscription && f.BillingPeriod is null)
            throw new DomainRuleViolation("A subscription needs its billing period.", "billingPeriod");
        if (limited && f.SeatsOwned < SeatsUsed)
            throw new DomainRuleViolation($"{SeatsUsed} seats are in use; release some before owning fewer.", "seatsOwned");
        if (f.PurchasedOn is { } bought && f.ExpiresOn is { } expires && expires < bought)
            throw new DomainRuleViolation("A license cannot expire before it was bought.", "expiresOn");
        ProductName = f.ProductName.Trim();
        Vendor = string.IsNullOrWhiteSpace(f.Vendor) ? null : f.Vendor.Trim();
        Model = f.Model;
        BillingPeriod = f.Model == LicenseModel.Subscription ? f.BillingPeriod : null;
        SeatsOwned = limited ? f.SeatsOwned : null;
        CostPerSeat = f.CostPerSeat;
        PurchasedOn = f.PurchasedOn;
        ExpiresOn = f.ExpiresOn;
        Notes = string.IsNullOrWhiteSpace(f.Notes) ? null : f.Notes.Trim();
    }

    public void TakeSeat()
    {
        if (LimitsSeats && SeatsUsed >= SeatsOwned)
            throw new ConflictException($"All {SeatsOwned} seats of '{ProductName}' are in use; release one or buy more.",
                extensions: new Dictionary<string, object?> { ["seatsOwned"] = SeatsOwned, ["seatsUsed"] = SeatsUsed });
        SeatsUsed++;
    }

    /// <summary>Whether a reminder scheduled for the expiry <paramref name="expiresOn"/> is still due: false once the expiry changed.</summary>
    public bool IsExpiryReminderDue(DateOnly expiresOn) => ExpiresOn == expiresOn;

    public void GiveBackSeat() => SeatsUsed = Math.Max(0, SeatsUsed - 1);
}
