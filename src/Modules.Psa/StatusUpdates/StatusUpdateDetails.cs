namespace OpsPlatform.Modules.Psa.StatusUpdates;

internal sealed record StatusUpdateDetails(Guid Id, Guid ProjectId, string Text, Health Health, Guid AuthorId, DateTimeOffset PostedAt, ProgressSnapshot Progress)
{
    public static StatusUpdateDetails From(StatusUpdate s) => new(s.Id, s.ProjectId, s.Text, s.Health, s.AuthorId, s.PostedAt, s.Progress);
}
