using Microsoft.AspNetCore.Http;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.GetInspectionPhoto;

/// <summary>The photo's bytes, or its thumbnail, as an HTTP result (streamed; ranges and <c>If-None-Match</c> honoured).</summary>
internal sealed record GetInspectionPhotoQuery(Guid InspectionId, Guid PhotoId, bool Thumbnail = false) : IQuery<IResult>;
