using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListHardware;

internal sealed record ListHardwareQuery(
    QueryEnum<LifecycleStage>? Stage,
    QueryEnum<HardwareStatus>? Status,
    QueryEnum<HardwareCategory>? Category,
    Guid? AssignedTo,
    string? Location,
    DateOnly? WarrantyEndsBefore,
    string? Q,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IQuery<Paged<HardwareSummary>>, IPagedQuery;
