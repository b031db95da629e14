using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace OpsPlatform.Admin.Tests;

internal static class TestServices
{
    public static void AddMudServicesForTests(this IServiceCollection services) => services.AddMudServices();
}
