using Microsoft.Extensions.FileProviders;

namespace OpsPlatform.Host.Api.Ui;

/// <summary>
/// Static pages shipped with the host (copied to the output folder by the build): Scalar's API reference at
/// <c>/scalar</c>, working offline. (The admin UI at <c>/admin</c> is the Blazor project src/Admin.)
/// </summary>
internal static class UiEndpoints
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Ui");

    public static void UseUiFiles(this WebApplication app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Root),
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=300",
        });

    public static void MapUi(this WebApplication app)
    {
        app.MapGet("/scalar", () => Results.File(Path.Combine(Root, "scalar", "index.html"), "text/html; charset=utf-8"))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/", () => Results.Redirect("/admin")).AllowAnonymous().ExcludeFromDescription();
    }
}
