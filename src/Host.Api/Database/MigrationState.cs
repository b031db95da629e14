namespace OpsPlatform.Host.Api.Database;

/// <summary>Set once every module's migrations are applied; readiness reports unready until then.</summary>
internal sealed class MigrationState
{
    private volatile bool _applied;

    public bool Applied => _applied;

    public void MarkApplied() => _applied = true;
}
