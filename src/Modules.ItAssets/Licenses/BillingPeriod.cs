namespace OpsPlatform.Modules.ItAssets.Licenses;

internal enum BillingPeriod
{
    Monthly,
    Quarterly,
    Yearly,
}
