using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using static OpsPlatform.Modules.Psa.Projects.ProjectStatus;

namespace OpsPlatform.Modules.Psa.Projects.KeepOwnerAccount;

/// <summary>The seed's profile rule meets project ownership: a user who still owns an open project cannot close their account.</summary>
internal sealed class OpenProjectsKeepOwnerAccount(PsaSession db) : IAccountClosureCheck
{
    public async Task<string?> ReasonToKeepAsync(Guid userId, CancellationToken cancellationToken)
    {
        var open = await db.Documents.Query<Project>()
            .Where(p => p.OwnerId == userId && (p.Status == Planned || p.Status == Active || p.Status == OnHold))
            .Select(p => p.Code)
            .ToListAsync(cancellationToken);
        return open.Count == 0
            ? null
            : $"You own {open.Count} open project(s) ({string.Join(", ", open.Order().Take(5))}{(open.Count > 5 ? ", ..." : "")}): complete or cancel them, or ask a manager to hand them over, first.";
    }
}
