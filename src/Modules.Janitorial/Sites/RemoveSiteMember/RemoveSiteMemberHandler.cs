using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Sites.RemoveSiteMember;

internal sealed class RemoveSiteMemberHandler(JanitorialDbContext db) : IRequestHandler<RemoveSiteMemberCommand, bool>
{
    public async Task<bool> Handle(RemoveSiteMemberCommand command, CancellationToken cancellationToken)
    {
        var site = await db.Sites.Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == command.SiteId, cancellationToken)
                   ?? throw new NotFoundException("Site", command.SiteId);
        if (!site.Unassign(command.UserId)) throw new NotFoundException("Site member", command.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
