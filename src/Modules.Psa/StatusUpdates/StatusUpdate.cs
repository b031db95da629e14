using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.StatusUpdates;

/// <summary>The owner's report on a project: text, health, and the progress at that moment. Client viewers read these.</summary>
internal sealed class StatusUpdate : AggregateRoot
{
    private StatusUpdate() { }

    public Guid ProjectId { get; private set; }
    public string Text { get; private set; } = "";
    public Health Health { get; private set; }
    public Guid AuthorId { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public ProgressSnapshot Progress { get; private set; } = new(0, 0, 0, null);

    public static StatusUpdate Post(Guid projectId, string text, Health health, Guid authorId, DateTimeOffset now, ProgressSnapshot progress) => new()
    {
        ProjectId = projectId,
        Text = text.Trim(),
        Health = health,
        AuthorId = authorId,
        PostedAt = now,
        Progress = progress,
    };
}
