using OpsPlatform.Host.Api.OpenApi;
using Scalar.AspNetCore;

namespace OpsPlatform.Host.Api.Ui;

/// <summary>
/// Scalar's API reference at <c>/scalar</c>, from the Scalar.AspNetCore package: its script is embedded in the
/// package and the default fonts (loaded from Scalar's CDN) are off, so the page works offline. The bearer scheme is
/// preselected: paste the access token from <c>POST /api/auth/login</c> and try any endpoint.
/// </summary>
internal static class ScalarPage
{
    public const string Path = "/scalar";

    public static void MapScalarPage(this WebApplication app) =>
        app.MapScalarApiReference(Path, options => options
                .WithTitle("OpsPlatform API reference")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                // Features that call Scalar's services (AI agent, MCP, telemetry, deploy/SDK toolbar): off, the page stays local.
                .DisableAgent()
                .DisableMcp()
                .DisableTelemetry()
                .HideDeveloperTools()
                .AddPreferredSecuritySchemes(BearerRequirementTransformer.SchemeId)
                .EnablePersistentAuthentication())
            .AllowAnonymous();
}
