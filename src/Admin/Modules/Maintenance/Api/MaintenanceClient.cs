using OpsPlatform.Admin.Api;

namespace OpsPlatform.Admin.Modules.Maintenance.Api;

/// <summary>The maintenance API (<c>/api/maintenance</c>), typed, as the signed-in user. Sends only documented parameters.</summary>
public sealed class MaintenanceClient(ApiClient api)
{
    private const string Root = "/api/maintenance";
    private const string WorkOrders = Root + "/work-orders";

    public Task<PageOf<WorkOrderSummary>> ListWorkOrdersAsync(WorkOrderFilter filter, CancellationToken ct = default) =>
        api.GetPageAsync<WorkOrderSummary>(Query.Path(WorkOrders,
            ("status", filter.Status), ("priority", filter.Priority), ("q", filter.Q?.Trim()),
            ("sort", filter.Sort), ("page", filter.Page), ("pageSize", filter.PageSize)), ct);

    public Task<WorkOrderDetails> GetWorkOrderAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<WorkOrderDetails>($"{WorkOrders}/{id}", ct);

    public Task<WorkOrderActions> GetActionsAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<WorkOrderActions>($"{WorkOrders}/{id}/actions", ct);

    public Task<List<WorkOrderTransition>> GetTransitionsAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<List<WorkOrderTransition>>($"{WorkOrders}/{id}/transitions", ct);

    public Task<PageOf<MaintenanceLog>> GetLogsAsync(Guid id, CancellationToken ct = default) =>
        api.GetPageAsync<MaintenanceLog>(Query.Path($"{WorkOrders}/{id}/logs", ("pageSize", 100)), ct);

    public Task<List<TechnicianSuggestion>> SuggestTechniciansAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<List<TechnicianSuggestion>>($"{WorkOrders}/{id}/suggested-technicians", ct);

    public Task<PageOf<TechnicianSummary>> ListTechniciansAsync(CancellationToken ct = default) =>
        api.GetPageAsync<TechnicianSummary>(Query.Path($"{Root}/technicians", ("pageSize", 100)), ct);

    public Task<PageOf<TechnicianSummary>> ListTechniciansAsync(bool? active, string? skill, int page, CancellationToken ct = default) =>
        api.GetPageAsync<TechnicianSummary>(Query.Path($"{Root}/technicians", ("active", active), ("skill", skill?.Trim()), ("page", page), ("pageSize", 20)), ct);

    public Task<TechnicianDetails> GetTechnicianAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<TechnicianDetails>($"{Root}/technicians/{id}", ct);

    /// <summary>The technician linked to the signed-in user's account (404 when none is).</summary>
    public Task<TechnicianDetails> GetMyTechnicianAsync(CancellationToken ct = default) =>
        api.GetAsync<TechnicianDetails>($"{Root}/technicians/me", ct);

    public Task<TechnicianDetails> RegisterTechnicianAsync(TechnicianRequest request, CancellationToken ct = default) =>
        api.PostAsync<TechnicianDetails>($"{Root}/technicians", request, ct);

    public Task<TechnicianDetails> UpdateTechnicianAsync(Guid id, TechnicianRequest request, CancellationToken ct = default) =>
        api.PutAsync<TechnicianDetails>($"{Root}/technicians/{id}", request, ct);

    public Task<TechnicianAgenda> GetAgendaAsync(Guid id, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default) =>
        api.GetAsync<TechnicianAgenda>(Query.Path($"{Root}/technicians/{id}/agenda", ("from", from), ("to", to)), ct);

    public Task<PageOf<PreventivePlan>> ListPlansAsync(Guid? equipmentId, bool? active, int page, CancellationToken ct = default) =>
        api.GetPageAsync<PreventivePlan>(Query.Path($"{Root}/preventive-plans", ("equipmentId", equipmentId), ("active", active), ("page", page), ("pageSize", 20)), ct);

    public Task<PreventivePlan> GetPlanAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<PreventivePlan>($"{Root}/preventive-plans/{id}", ct);

    public Task<PreventivePlan> CreatePlanAsync(PlanRequest request, CancellationToken ct = default) =>
        api.PostAsync<PreventivePlan>($"{Root}/preventive-plans", request, ct);

    public Task<PreventivePlan> UpdatePlanAsync(Guid id, PlanRequest request, CancellationToken ct = default) =>
        api.PutAsync<PreventivePlan>($"{Root}/preventive-plans/{id}", request, ct);

    public Task<OpenWorkOrdersReport> GetOpenReportAsync(CancellationToken ct = default) =>
        api.GetAsync<OpenWorkOrdersReport>($"{Root}/reports/open-work-orders", ct);

    public Task<CompletionTimesReport> GetCompletionTimesAsync(DateTimeOffset? from, CancellationToken ct = default) =>
        api.GetAsync<CompletionTimesReport>(Query.Path($"{Root}/reports/completion-times", ("from", from)), ct);

    public Task<OverdueReport> GetOverdueReportAsync(CancellationToken ct = default) =>
        api.GetAsync<OverdueReport>($"{Root}/reports/overdue", ct);

    public Task<WorkOrderDetails> RaiseAsync(string? title, string? description, WorkOrderPriority? priority, Guid? equipmentId, CancellationToken ct = default) =>
        api.PostAsync<WorkOrderDetails>(WorkOrders, new { title, description, priority, equipmentId }, ct);

    public Task<WorkOrderDetails> ChangeStatusAsync(Guid id, WorkOrderStatus status, int version, string? reason, CancellationToken ct = default) =>
        api.PostAsync<WorkOrderDetails>($"{WorkOrders}/{id}/status", new { status, version, reason }, ct);

    public Task<WorkOrderDetails> AssignAsync(Guid id, Guid technicianId, int version, bool @override, CancellationToken ct = default) =>
        api.PostAsync<WorkOrderDetails>($"{WorkOrders}/{id}/assign", new { technicianId, version, @override }, ct);

    public Task<WorkOrderDetails> CancelAsync(Guid id, string reason, int version, CancellationToken ct = default) =>
        api.PostAsync<WorkOrderDetails>($"{WorkOrders}/{id}/cancel", new { reason, version }, ct);

    public Task<WorkOrderDetails> ReopenAsync(Guid id, string? reason, int version, CancellationToken ct = default) =>
        api.PostAsync<WorkOrderDetails>($"{WorkOrders}/{id}/reopen", new { reason, version }, ct);

    public Task<MaintenanceLog> AddLogAsync(Guid id, string entry, int? minutesSpent, CancellationToken ct = default) =>
        api.PostAsync<MaintenanceLog>($"{WorkOrders}/{id}/logs", new { entry, minutesSpent }, ct);

    public Task<PageOf<EquipmentSummary>> ListEquipmentAsync(EquipmentStatus? status, int page, CancellationToken ct = default) =>
        api.GetPageAsync<EquipmentSummary>(Query.Path($"{Root}/equipment", ("status", status), ("page", page), ("pageSize", 20)), ct);

    public Task<EquipmentDetails> GetEquipmentAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<EquipmentDetails>($"{Root}/equipment/{id}", ct);

    public Task<PageOf<EquipmentHistoryEntry>> GetEquipmentHistoryAsync(Guid id, CancellationToken ct = default) =>
        api.GetPageAsync<EquipmentHistoryEntry>(Query.Path($"{Root}/equipment/{id}/history", ("pageSize", 50)), ct);
}
