using Microsoft.AspNetCore.DataProtection;

namespace OpsPlatform.Modules.ItAssets.Licenses;

/// <summary>
/// Encrypts product keys at rest with the host's data-protection keys (ADR 0009), under a purpose of their own, so a
/// cipher from another purpose (a cookie, a token) can never be read as a product key, nor the other way round.
/// </summary>
internal sealed class ProductKeyProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("OpsPlatform.ItAssets.ProductKey.v1");

    public string? Protect(string? productKey) => string.IsNullOrWhiteSpace(productKey) ? null : _protector.Protect(productKey.Trim());

    public string Unprotect(string cipher) => _protector.Unprotect(cipher);
}
