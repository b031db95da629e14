using OpsPlatform.Modules.Psa.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;

namespace OpsPlatform.Modules.Psa.Documents;

internal static class DocumentEvents
{
    /// <summary>Everyone who may now read the document hears of it: the team and the client's viewers.</summary>
    public static void PublishShared(this PsaSession db, ProjectDocument document, Project project, DateTimeOffset now) =>
        db.Publish(new DocumentShared(Guid.CreateVersion7(now), now, document.Id, project.Id, document.Title, document.OwnerId,
            [project.OwnerId, .. project.Members.Select(m => m.UserId)]));
}
