using OpsPlatform.Modules.Notifications.Contracts;
using OpsPlatform.Modules.Psa.Persistence;

namespace OpsPlatform.Modules.Psa.Notifications;

/// <summary>
/// The notifications this module sends, each to someone the project lets see the record: a task's assignee (a team
/// member) for their task, and the project's client viewers for a document newly shared with clients.
/// </summary>
internal static class PsaNotices
{
    public const string TaskAssigned = "psa.task-assigned";
    public const string TaskDueSoon = "psa.task-due-soon";
    public const string DocumentShared = "psa.document-shared";

    public static void Notify(this PsaSession db, string kind, string urgency, string key, IEnumerable<Guid> recipients, string title, string body,
        string link, string sourceType, Guid sourceId, DateTimeOffset now)
    {
        var to = recipients.Distinct().ToArray();
        if (to.Length == 0) return;
        db.Send(new Notify(Guid.CreateVersion7(now), now, key, kind, urgency, to, title, body, link, PsaModule.Schema, sourceType, sourceId));
    }
}
