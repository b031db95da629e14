using Microsoft.AspNetCore.DataProtection;
using OpsPlatform.Host.Api.Auth.Persistence;

namespace OpsPlatform.Host.Api.Auth.DataProtection;

/// <summary>
/// Data-protection keys (ASP.NET Core's, for anything it protects) live in PostgreSQL, so every node shares them and
/// they survive a restart, encrypted with a certificate kept outside the database (docs/adr/0009).
/// </summary>
internal static class DataProtectionSetup
{
    public static void AddOpsDataProtection(this WebApplicationBuilder builder) =>
        builder.Services.AddDataProtection()
            .SetApplicationName("OpsPlatform")
            .PersistKeysToDbContext<IdentityStore>()
            .ProtectKeysWithCertificate(DataProtectionCertificate.Load(builder.Configuration, builder.Environment));
}
