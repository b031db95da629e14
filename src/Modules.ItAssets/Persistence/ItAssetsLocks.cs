namespace OpsPlatform.Modules.ItAssets.Persistence;

/// <summary>Advisory-lock keys of the module (<c>ModuleSession.LockAsync</c>): one per license, held while its seats are counted.</summary>
internal static class ItAssetsLocks
{
    public static long LicenseSeats(Guid licenseId) => BitConverter.ToInt64(licenseId.ToByteArray(), 8) ^ 0x1A55E75;
}
