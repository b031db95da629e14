using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tasks.GetTask;

internal sealed class GetTaskHandler(PsaSession db, ICurrentUser user) : IRequestHandler<GetTaskQuery, TaskDetails>
{
    public async Task<TaskDetails> Handle(GetTaskQuery query, CancellationToken cancellationToken) =>
        TaskDetails.From((await db.TaskAsync(query.Id, user, cancellationToken)).Task);
}
