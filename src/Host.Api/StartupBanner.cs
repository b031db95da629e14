using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OpsPlatform.Host.Api.Development;

namespace OpsPlatform.Host.Api;

/// <summary>What a newcomer needs on the console after <c>dotnet run</c>: where everything is and how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var baseUrl = addresses.FirstOrDefault()?.Replace("0.0.0.0", "localhost").Replace("[::]", "localhost");
        if (baseUrl is null) return; // in-memory test server

        var lines = new List<string>
        {
            "",
            "OpsPlatform is running.",
            $"  API base URL     {baseUrl}/api",
            $"  API reference    {baseUrl}/scalar",
            $"  OpenAPI document {baseUrl}/openapi/v1.json",
            $"  Admin UI         {baseUrl}/admin",
            $"  Health           {baseUrl}/health/ready",
        };
        if (app.Configuration.GetValue<bool>("Seed:Demo"))
        {
            lines.Add($"  Demo logins (password {DemoAccounts.Password}):");
            lines.AddRange(DemoAccounts.All.Select(a => $"    {a.Role,-11} {a.Email}"));
        }
        lines.Add("Press Ctrl+C to stop (the embedded database stops with it and keeps its data).");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
