using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Documents;

/// <summary>
/// A project's document: a title, its owner (who uploaded it first) and its versions, each a file in the file store
/// under <see cref="KeyOf"/>. A new upload adds a version and keeps the old ones. Client viewers see it only when shared.
/// </summary>
internal sealed class ProjectDocument : AggregateRoot
{
    public const string KeyPrefix = "psa/projects";

    private List<DocumentVersion> _versions = [];

    private ProjectDocument() { }

    public Guid ProjectId { get; private set; }
    public string Title { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    public bool SharedWithClients { get; private set; }
    public int CurrentVersion { get; private set; }

    public IReadOnlyList<DocumentVersion> Versions
    {
        get => _versions;
        private set => _versions = [.. value];
    }

    public DocumentVersion Current => _versions[^1];

    public static FileKey KeyOf(Guid projectId, Guid documentId, Guid fileId) =>
        FileKey.Of(KeyPrefix, projectId.ToString("N"), "documents", documentId.ToString("N"), fileId.ToString("N"));

    public FileKey KeyOf(DocumentVersion version) => KeyOf(ProjectId, Id, version.FileId);

    public static ProjectDocument Upload(Project project, string? title, bool shared, ReceivedUpload file, Guid by, DateTimeOffset now)
    {
        project.EnsureNotArchived();
        var document = new ProjectDocument
        {
            ProjectId = project.Id,
            Title = string.IsNullOrWhiteSpace(title) ? file.FileName : title.Trim(),
            OwnerId = by,
            SharedWithClients = shared,
        };
        document.AddVersion(file, by, now);
        return document;
    }

    public DocumentVersion AddVersion(ReceivedUpload file, Guid by, DateTimeOffset now)
    {
        var version = new DocumentVersion(_versions.Count + 1, Guid.CreateVersion7(now), file.FileName, file.ContentType, file.Length, file.Sha256, by, now);
        _versions.Add(version);
        CurrentVersion = version.Number;
        return version;
    }

    public DocumentVersion VersionOf(int? number) =>
        number is null ? Current : _versions.FirstOrDefault(v => v.Number == number) ?? throw new NotFoundException("Document version", number);

    /// <summary>Returns true when the document has just become visible to the client's viewers.</summary>
    public bool Edit(string title, bool shared)
    {
        var newlyShared = shared && !SharedWithClients;
        Title = title.Trim();
        SharedWithClients = shared;
        return newlyShared;
    }
}
