using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.StatusUpdates.PostStatusUpdate;

internal sealed record PostStatusUpdateCommand(string Text, Health? Health) : ICommand<StatusUpdateDetails>
{
    [JsonIgnore] public Guid ProjectId { get; init; }
}
