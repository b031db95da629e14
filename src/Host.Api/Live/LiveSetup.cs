using OpsPlatform.Host.Api.Live.StreamLiveEvents;

namespace OpsPlatform.Host.Api.Live;

/// <summary>The live update stream: <c>GET /api/live</c> (server-sent events) fed by <see cref="LiveFeed"/>.</summary>
internal static class LiveSetup
{
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSingleton<LiveFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
        return services;
    }

    public static void MapLive(this IEndpointRouteBuilder app) => app.MapGroup("/api").WithTags("Live").MapStreamLiveEvents();
}
