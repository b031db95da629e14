using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace OpsPlatform.Shared.Files.Storage;

/// <summary>
/// Files in an S3-compatible bucket. S3 writes are atomic per object, so a crash mid-upload leaves nothing under the key.
/// Reads are a seekable stream of ranged GETs (<see cref="S3RangeStream"/>), so range requests cost one GET each.
/// </summary>
internal sealed class S3FileStore(IAmazonS3 s3, string bucket) : IFileStore
{
    public async Task PutAsync(FileKey key, Stream content, string contentType, CancellationToken cancellationToken) =>
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = key.Value,
            InputStream = content,
            ContentType = contentType,
            AutoCloseStream = false,
            UseChunkEncoding = false,
        }, cancellationToken);

    public async Task<StoredFile?> OpenReadAsync(FileKey key, CancellationToken cancellationToken)
    {
        try
        {
            var head = await s3.GetObjectMetadataAsync(bucket, key.Value, cancellationToken);
            var stream = new S3RangeStream(s3, bucket, key.Value, head.ContentLength);
            return new StoredFile(stream, head.ContentLength, head.Headers.ContentType ?? "application/octet-stream",
                head.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime(), TimeSpan.Zero) : DateTimeOffset.UnixEpoch);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(FileKey key, CancellationToken cancellationToken) =>
        await s3.DeleteObjectAsync(bucket, key.Value, cancellationToken);

    public async IAsyncEnumerable<FileKey> ListAsync(string prefix, DateTimeOffset before, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix.TrimEnd('/') + "/" };
        ListObjectsV2Response page;
        do
        {
            page = await s3.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in page.S3Objects ?? [])
                if (item.LastModified is { } modified && modified.ToUniversalTime() < before.UtcDateTime)
                    yield return new FileKey(item.Key);
            request.ContinuationToken = page.NextContinuationToken;
        } while (page.IsTruncated == true);
    }
}
