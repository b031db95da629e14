using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OpsPlatform.Host.Api.Auth.DataProtection;

/// <summary>
/// The certificate that encrypts the data-protection keys: <c>DataProtection:CertificatePath</c> (a PKCS#12 file, with
/// <c>DataProtection:CertificatePassword</c>) when set, which must then exist; otherwise <c>.data/data-protection.pfx</c>
/// under the content root, created on the first start.
/// </summary>
internal static class DataProtectionCertificate
{
    public static X509Certificate2 Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["DataProtection:CertificatePath"];
        var password = configuration["DataProtection:CertificatePassword"];
        var path = configured ?? Path.Combine(environment.ContentRootPath, ".data", "data-protection.pfx");
        if (!File.Exists(path))
        {
            if (configured is not null)
                throw new InvalidOperationException($"DataProtection:CertificatePath names {configured}, which does not exist.");
            Create(path, password);
        }
        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }

    private static void Create(string path, string? password)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OpsPlatform data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(20));
        var temporary = $"{path}.{Guid.NewGuid():N}";
        File.WriteAllBytes(temporary, certificate.Export(X509ContentType.Pkcs12, password));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temporary); // another process starting at the same moment made it first: use theirs
        }
    }
}
