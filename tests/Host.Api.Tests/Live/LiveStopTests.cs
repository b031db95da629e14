using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Live;

/// <summary>Stopping the host (Ctrl+C, SIGTERM) with a live client connected is as quick as without one.</summary>
public sealed class LiveStopTests(ApiFactory api, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_host_with_a_live_client_connected_stops_within_two_seconds()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager); // the session lives in the shared database
        var (host, baseAddress) = await HostProcess.StartAsync(api.ConnectionString);
        await using (host)
        {
            using var http = new HttpClient { BaseAddress = baseAddress };
            http.DefaultRequestHeaders.Authorization = manager.Http.DefaultRequestHeaders.Authorization;
            await using var live = await SseClient.ConnectAsync(http, "/api/live");

            var stopped = await host.StopAsync();
            output.WriteLine($"stopped {stopped.TotalMilliseconds:0} ms after SIGTERM with a live client connected");

            stopped.ShouldBeLessThan(TimeSpan.FromSeconds(2), host.Output);
        }
    }
}
