using Marten;
using OpsPlatform.Modules.Psa.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Notifications;

/// <summary>"A document was shared with me": tells the project's client viewers, for whom it just became visible.</summary>
public sealed class DocumentSharedHandler(PsaSession db, TimeProvider clock) : IIntegrationEventHandler<DocumentShared>
{
    public async Task Handle(DocumentShared message, CancellationToken cancellationToken)
    {
        var project = await db.Documents.LoadAsync<Project>(message.ProjectId, cancellationToken);
        if (project is null) return;
        var viewers = project.Members.Where(m => m.Role == ProjectRole.ClientViewer && m.UserId != message.SharedBy).Select(m => m.UserId);
        db.Notify(PsaNotices.DocumentShared, "normal", $"{PsaNotices.DocumentShared}:{message.EventId}", viewers,
            $"New document in {project.Name}: {message.Title}",
            $"\"{message.Title}\" of {project.Name} is now shared with you.",
            $"/admin/psa/documents/{message.DocumentId}", "document", message.DocumentId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
