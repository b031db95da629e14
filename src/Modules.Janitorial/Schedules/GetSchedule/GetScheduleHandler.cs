using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules.GetSchedule;

internal sealed class GetScheduleHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<GetScheduleQuery, ScheduleDetails>
{
    public async Task<ScheduleDetails> Handle(GetScheduleQuery query, CancellationToken cancellationToken)
    {
        var schedule = await (await db.VisibleSchedulesAsync(user, cancellationToken)).SingleOrDefaultAsync(s => s.Id == query.Id, cancellationToken)
                       ?? throw new NotFoundException("Schedule", query.Id);
        return ScheduleDetails.From(schedule);
    }
}
