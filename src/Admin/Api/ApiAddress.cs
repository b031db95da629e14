using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace OpsPlatform.Admin.Api;

/// <summary>
/// Where the UI reaches the host's own API: <c>Admin:ApiBaseUrl</c> when set, else the first address the server
/// listens on, with a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>, <c>+</c>, <c>*</c>) turned into loopback.
/// </summary>
public sealed class ApiAddress(IServer server, IConfiguration configuration)
{
    private Uri? _base;

    public Uri Base => _base ??= Resolve();

    private Uri Resolve()
    {
        if (configuration["Admin:ApiBaseUrl"] is { Length: > 0 } configured) return new Uri(configured.TrimEnd('/') + "/");
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
                      ?? throw new InvalidOperationException("The server listens on no address; set Admin:ApiBaseUrl.");
        var uri = new Uri(address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1"));
        var host = uri.Host is "0.0.0.0" ? "127.0.0.1" : uri.Host is "[::]" or "::" ? "[::1]" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri;
    }
}
