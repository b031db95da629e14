namespace OpsPlatform.Shared.Files;

/// <summary>The <c>Files</c> configuration section.</summary>
public sealed class FileStorageOptions
{
    /// <summary><c>local</c> (default) or <c>s3</c>.</summary>
    public string Store { get; set; } = "local";

    /// <summary>The local store's folder; relative paths are under the host's content root. Default <c>.data/files</c>.</summary>
    public string LocalRoot { get; set; } = Path.Combine(".data", "files");

    /// <summary>The largest upload accepted, in bytes (default 25 MB).</summary>
    public long MaxUploadBytes { get; set; } = 25 * 1024 * 1024;

    public S3Options S3 { get; set; } = new();

    public sealed class S3Options
    {
        /// <summary>The S3-compatible endpoint, e.g. <c>http://minio:9000</c>; empty for AWS itself (then <see cref="Region"/>).</summary>
        public string? ServiceUrl { get; set; }
        public string Region { get; set; } = "us-east-1";
        public string Bucket { get; set; } = "opsplatform";
        public string? AccessKey { get; set; }
        public string? SecretKey { get; set; }

        /// <summary>Path-style addressing (<c>host/bucket/key</c>), which most self-hosted S3 servers need.</summary>
        public bool ForcePathStyle { get; set; } = true;
    }
}
