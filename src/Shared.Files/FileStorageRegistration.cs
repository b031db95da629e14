using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Files.Thumbnails;
using OpsPlatform.Shared.Files.Uploads;

namespace OpsPlatform.Shared.Files;

public static class FileStorageRegistration
{
    /// <summary>The configured <see cref="IFileStore"/> (section <c>Files</c>), the upload reader, thumbnails and <see cref="FileAttachments"/>.</summary>
    public static IServiceCollection AddFileStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FileStorageOptions>(configuration.GetSection("Files"));
        services.AddSingleton<IFileStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FileStorageOptions>>().Value;
            return options.Store.ToLowerInvariant() switch
            {
                "local" => new LocalFileStore(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.LocalRoot)),
                "s3" => new S3FileStore(S3Client(options.S3), options.S3.Bucket),
                var other => throw new InvalidOperationException($"Files:Store is '{other}'; use 'local' or 's3'."),
            };
        });
        services.AddSingleton<UploadReader>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ImageThumbnails>();
        services.AddSingleton<FileAttachments>();
        return services;
    }

    internal static AmazonS3Client S3Client(FileStorageOptions.S3Options options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // Checksums only where S3 requires them: self-hosted S3 servers often reject the newer trailing checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrEmpty(options.ServiceUrl)) config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        return options.AccessKey is null
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }
}
