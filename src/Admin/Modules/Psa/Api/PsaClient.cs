using OpsPlatform.Admin.Api;

namespace OpsPlatform.Admin.Modules.Psa.Api;

/// <summary>The PSA API (<c>/api/psa</c>), typed, as the signed-in user. Sends only documented parameters.</summary>
public sealed class PsaClient(ApiClient api)
{
    private const string Root = "/api/psa";

    public Task<PageOf<ProjectSummary>> ListProjectsAsync(ProjectStatus? status, bool? archived, int page, int pageSize = 20, CancellationToken ct = default) =>
        api.GetPageAsync<ProjectSummary>(Query.Path($"{Root}/projects", ("status", status), ("archived", archived), ("page", page), ("pageSize", pageSize)), ct);

    public Task<ProjectDetails> GetProjectAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<ProjectDetails>($"{Root}/projects/{id}", ct);

    public Task<BudgetBurn> GetBudgetBurnAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<BudgetBurn>($"{Root}/projects/{id}/budget-burn", ct);

    public Task<PageOf<TaskSummary>> ListTasksAsync(Guid projectId, CancellationToken ct = default) =>
        api.GetPageAsync<TaskSummary>(Query.Path($"{Root}/tasks", ("projectId", projectId), ("sort", "dueOn"), ("pageSize", 100)), ct);

    public Task MoveTaskAsync(Guid taskId, ProjectTaskStatus status, CancellationToken ct = default) =>
        api.PostAsync<object>($"{Root}/tasks/{taskId}/status", new { status }, ct);

    public Task<PageOf<StatusUpdate>> ListStatusUpdatesAsync(Guid projectId, CancellationToken ct = default) =>
        api.GetPageAsync<StatusUpdate>(Query.Path($"{Root}/projects/{projectId}/status-updates", ("pageSize", 20)), ct);

    public Task<StatusUpdate> PostStatusUpdateAsync(Guid projectId, string? text, Health? health, CancellationToken ct = default) =>
        api.PostAsync<StatusUpdate>($"{Root}/projects/{projectId}/status-updates", new { text = text ?? "", health }, ct);

    /// <summary>Every document on the page gets a "view" in its access log (the API's rule), so pages load this only when it is shown.</summary>
    public Task<PageOf<DocumentSummary>> ListDocumentsAsync(Guid projectId, CancellationToken ct = default) =>
        api.GetPageAsync<DocumentSummary>(Query.Path($"{Root}/projects/{projectId}/documents", ("pageSize", 50)), ct);

    /// <summary>Reading a document writes a "view" in its access log.</summary>
    public Task<DocumentDetails> GetDocumentAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<DocumentDetails>($"{Root}/documents/{id}", ct);

    public Task<PageOf<DocumentAccess>> ListAccessLogAsync(Guid documentId, CancellationToken ct = default) =>
        api.GetPageAsync<DocumentAccess>(Query.Path($"{Root}/documents/{documentId}/access-log", ("pageSize", 100)), ct);

    public Task<PageOf<TimeEntry>> ListTimeEntriesAsync(Guid projectId, CancellationToken ct = default) =>
        api.GetPageAsync<TimeEntry>(Query.Path($"{Root}/time-entries", ("projectId", projectId), ("sort", "-date"), ("pageSize", 100)), ct);

    public Task<WeekDecision> ApproveWeekAsync(Guid projectId, Guid userId, DateOnly weekStart, CancellationToken ct = default) =>
        api.PostAsync<WeekDecision>($"{Root}/projects/{projectId}/timesheets/approve", new { userId, weekStart }, ct);

    public Task<WeekDecision> RejectWeekAsync(Guid projectId, Guid userId, DateOnly weekStart, string? reason, CancellationToken ct = default) =>
        api.PostAsync<WeekDecision>($"{Root}/projects/{projectId}/timesheets/reject", new { userId, weekStart, reason }, ct);
}
