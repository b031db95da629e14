using OpsPlatform.Admin.Api;

namespace OpsPlatform.Admin.Modules.ItAssets.Api;

/// <summary>The IT assets API (<c>/api/it-assets</c>), typed, as the signed-in user. Sends only documented parameters.</summary>
public sealed class ItAssetsClient(ApiClient api)
{
    private const string Root = "/api/it-assets";
    private const string Hardware = Root + "/hardware";
    private const string Licenses = Root + "/licenses";

    public Task<PageOf<HardwareSummary>> ListHardwareAsync(HardwareFilter filter, CancellationToken ct = default) =>
        api.GetPageAsync<HardwareSummary>(Query.Path(Hardware,
            ("stage", filter.Stage), ("status", filter.Status), ("category", filter.Category), ("q", filter.Q?.Trim()),
            ("page", filter.Page), ("pageSize", 20)), ct);

    public Task<PageOf<HardwareSummary>> ListMyHardwareAsync(CancellationToken ct = default) =>
        api.GetPageAsync<HardwareSummary>(Query.Path($"{Root}/my/hardware", ("pageSize", 100)), ct);

    public Task<HardwareDetails> GetHardwareAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<HardwareDetails>($"{Hardware}/{id}", ct);

    public Task<List<HardwareChange>> GetHistoryAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<List<HardwareChange>>($"{Hardware}/{id}/history", ct);

    public Task<PageOf<MaintenanceRecord>> ListMaintenanceAsync(Guid hardwareId, CancellationToken ct = default) =>
        api.GetPageAsync<MaintenanceRecord>(Query.Path($"{Root}/maintenance-records", ("hardwareId", hardwareId), ("pageSize", 50)), ct);

    public Task<HardwareDetails> ChangeStageAsync(Guid id, LifecycleStage stage, string? note, CancellationToken ct = default) =>
        api.PostAsync<HardwareDetails>($"{Hardware}/{id}/stage", new { stage, note }, ct);

    public Task<HardwareDetails> ChangeStatusAsync(Guid id, HardwareStatus status, string? note, CancellationToken ct = default) =>
        api.PostAsync<HardwareDetails>($"{Hardware}/{id}/status", new { status, note }, ct);

    public Task<Assignment> CheckOutAsync(Guid id, Guid? assignedTo, string? location, DateOnly? expectedReturnOn, string? note, CancellationToken ct = default) =>
        api.PostAsync<Assignment>($"{Hardware}/{id}/check-out", new { assignedTo, location, expectedReturnOn, note }, ct);

    public Task<Assignment> CheckInAsync(Guid id, string? note, CancellationToken ct = default) =>
        api.PostAsync<Assignment>($"{Hardware}/{id}/check-in", new { note }, ct);

    public Task<PageOf<LicenseSummary>> ListLicensesAsync(LicenseModel? model, int page, CancellationToken ct = default) =>
        api.GetPageAsync<LicenseSummary>(Query.Path(Licenses, ("model", model), ("page", page), ("pageSize", 20)), ct);

    public Task<PageOf<MyLicense>> ListMyLicensesAsync(CancellationToken ct = default) =>
        api.GetPageAsync<MyLicense>(Query.Path($"{Root}/my/licenses", ("pageSize", 100)), ct);

    public Task<LicenseDetails> GetLicenseAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<LicenseDetails>($"{Licenses}/{id}", ct);

    public Task<PageOf<Seat>> ListSeatsAsync(Guid licenseId, CancellationToken ct = default) =>
        api.GetPageAsync<Seat>(Query.Path($"{Licenses}/{licenseId}/seats", ("active", true), ("pageSize", 100)), ct);

    public Task<Seat> AssignSeatAsync(Guid licenseId, Guid? userId, Guid? hardwareId, CancellationToken ct = default) =>
        api.PostAsync<Seat>($"{Licenses}/{licenseId}/seats", new { userId, hardwareId }, ct);

    public Task<Seat> ReleaseSeatAsync(Guid licenseId, Guid seatId, CancellationToken ct = default) =>
        api.PostAsync<Seat>($"{Licenses}/{licenseId}/seats/{seatId}/release", null, ct);

    public Task<ComplianceReport> GetComplianceReportAsync(int withinDays, CancellationToken ct = default) =>
        api.GetAsync<ComplianceReport>(Query.Path($"{Root}/reports/compliance", ("withinDays", withinDays)), ct);
}
