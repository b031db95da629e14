using FluentValidation;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Host.Api.Live.StreamLiveEvents;

internal sealed class StreamLiveEventsValidator : AbstractValidator<StreamLiveEventsRequest>
{
    public StreamLiveEventsValidator(IEnumerable<IModuleStore> modules)
    {
        var schemas = modules.Select(m => m.Schema).ToArray();
        RuleFor(r => r.Module).Must(m => m is null || m.All(schemas.Contains))
            .WithMessage($"'module' must be among: {string.Join(", ", schemas)}.");
        RuleFor(r => r.Type).Must(t => t is null || t.All(x => x.Length is > 0 and <= 200)).WithMessage("'type' values are event type names of up to 200 characters.");
        RuleFor(r => r.Resume).Must(c => c is null || LiveCursor.TryParse(c, out _))
            .OverridePropertyName("lastEventId").WithMessage("'Last-Event-ID' must be an event id this stream sent.");
    }
}
