namespace OpsPlatform.Host.Api.Commands;

/// <summary>
/// <c>--healthcheck [url]</c>: exits 0 when the host's readiness endpoint answers 2xx, else 1. The container's health
/// check, since the ASP.NET runtime image has neither curl nor wget.
/// </summary>
internal static class HealthCheckCommand
{
    public const string Name = "--healthcheck";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : "http://127.0.0.1:8080/health/ready";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{url}: {ex.Message}");
            return 1;
        }
    }
}
