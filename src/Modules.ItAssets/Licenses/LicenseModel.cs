namespace OpsPlatform.Modules.ItAssets.Licenses;

/// <summary>How a license is sold: per seat and subscription licenses have a number of seats owned; per site and unlimited ones do not.</summary>
internal enum LicenseModel
{
    PerSeat,
    PerSite,
    Unlimited,
    Subscription,
}
