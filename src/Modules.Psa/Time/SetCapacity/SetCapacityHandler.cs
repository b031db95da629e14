using MediatR;
using OpsPlatform.Modules.Psa.Persistence;

namespace OpsPlatform.Modules.Psa.Time.SetCapacity;

internal sealed class SetCapacityHandler(PsaSession db) : IRequestHandler<SetCapacityCommand, CapacityDetails>
{
    public async Task<CapacityDetails> Handle(SetCapacityCommand command, CancellationToken cancellationToken)
    {
        db.Documents.Store(WeeklyCapacity.Of(command.UserId, command.WeeklyHours!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return new CapacityDetails(command.UserId, command.WeeklyHours.Value);
    }
}
