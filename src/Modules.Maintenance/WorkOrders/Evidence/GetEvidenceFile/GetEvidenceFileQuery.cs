using Microsoft.AspNetCore.Http;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.GetEvidenceFile;

/// <summary>The evidence's bytes, or its thumbnail, as an HTTP result (streamed; ranges and <c>If-None-Match</c> honoured).</summary>
internal sealed record GetEvidenceFileQuery(Guid WorkOrderId, Guid EvidenceId, bool Thumbnail) : IQuery<IResult>;
