using Microsoft.AspNetCore.Http;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Documents.DownloadDocument;

/// <summary>A version's bytes (the current one by default) as an HTTP result, after its "download" entry is committed.</summary>
internal sealed record DownloadDocumentQuery(Guid Id, int? Version) : IQuery<IResult>;
