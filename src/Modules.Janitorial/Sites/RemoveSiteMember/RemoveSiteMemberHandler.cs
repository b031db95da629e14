using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Schedules;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Sites.RemoveSiteMember;

internal sealed class RemoveSiteMemberHandler(JanitorialSession db) : IRequestHandler<RemoveSiteMemberCommand, bool>
{
    public async Task<bool> Handle(RemoveSiteMemberCommand command, CancellationToken cancellationToken)
    {
        var site = await db.Documents.LoadAsync<ClientSite>(command.SiteId, cancellationToken) ?? throw new NotFoundException("Site", command.SiteId);
        // A crew member with cleanings still ahead at this site would keep them without being assigned here.
        var now = db.Time.GetUtcNow();
        var ahead = await db.Documents.Query<CleaningSchedule>()
            .CountAsync(s => s.AssignedTo == command.UserId && s.SiteId == command.SiteId && s.EndsAt > now &&
                             (s.Status == ScheduleStatus.Scheduled || s.Status == ScheduleStatus.InProgress), cancellationToken);
        if (ahead > 0)
            throw new ConflictException($"This crew member still has {ahead} cleaning(s) ahead at this site; reassign or cancel them first.",
                new Dictionary<string, string[]> { ["userId"] = [$"has {ahead} cleaning(s) ahead at this site."] });
        if (!site.Unassign(command.UserId)) throw new NotFoundException("Site member", command.UserId);
        db.Update(site);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
