using Amazon.S3;

namespace OpsPlatform.Shared.Files.Tests;

/// <summary>The production store against a real S3 HTTP server (s3rver), with a bucket of its own per class.</summary>
public sealed class S3StoreTests(S3Server s3) : FileCapabilityTests, IClassFixture<S3Server>
{
    private readonly string _bucket = $"ops-{Guid.NewGuid():N}"[..20];

    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Files:Store"] = "s3",
        ["Files:S3:ServiceUrl"] = s3.ServiceUrl,
        ["Files:S3:Bucket"] = _bucket,
        ["Files:S3:AccessKey"] = "S3RVER",
        ["Files:S3:SecretKey"] = "S3RVER",
        ["Files:MaxUploadBytes"] = (1024 * 1024).ToString(),
    };

    public override async Task InitializeAsync()
    {
        using var client = FileStorageRegistration.S3Client(new FileStorageOptions.S3Options
        {
            ServiceUrl = s3.ServiceUrl, AccessKey = "S3RVER", SecretKey = "S3RVER",
        });
        await client.PutBucketAsync(_bucket);
        await base.InitializeAsync();
    }
}
