using FluentValidation;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Host.Api.Live.StreamLiveEvents;

internal sealed class StreamLiveEventsValidator : AbstractValidator<StreamLiveEventsRequest>
{
    public StreamLiveEventsValidator(BusRegistry registry)
    {
        RuleFor(r => r.Module).Must(m => m is null || m.All(registry.PublisherSchemas.Contains))
            .WithMessage($"'module' must be among: {string.Join(", ", registry.PublisherSchemas)}.");
        RuleFor(r => r.Type).Must(t => t is null || t.All(x => x.Length is > 0 and <= 200)).WithMessage("'type' values are event type names of up to 200 characters.");
        RuleFor(r => r.Resume).Must(c => c is null || LiveCursor.TryParse(c, out _))
            .OverridePropertyName("lastEventId").WithMessage("'Last-Event-ID' must be an event id this stream sent.");
    }
}
