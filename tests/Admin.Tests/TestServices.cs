using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using OpsPlatform.Admin.Api;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Tests;

internal static class TestServices
{
    public static void AddMudServicesForTests(this IServiceCollection services) => services.AddMudServices();

    /// <summary>
    /// A signed-in session and the API clients a component injects, aimed at an address nothing listens on: for
    /// rendering what a component shows from its parameters (a request would fail, and the tests make none).
    /// </summary>
    public static AdminUser AddSignedInApiForTests(this IServiceCollection services, params string[] roles)
    {
        var user = new AdminUser(Guid.NewGuid(), "u@test.local", "U", roles);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Admin:ApiBaseUrl", "http://127.0.0.1:9/")]).Build();
        services.AddHttpClient();
        services.AddSingleton(_ => new ApiAddress(null!, configuration));
        services.AddScoped(_ =>
        {
            var session = new AdminSession();
            session.SignedIn("a", "r", user);
            return session;
        });
        services.AddScoped<ApiClient>();
        services.AddScoped<PeopleClient>();
        return user;
    }
}
