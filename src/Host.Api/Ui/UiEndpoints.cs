using Microsoft.Extensions.FileProviders;

namespace OpsPlatform.Host.Api.Ui;

/// <summary>
/// The pages a person opens, both working offline and both carrying the bearer token on their data calls: the admin UI
/// at <c>/admin</c> (static files copied to the output folder by the build) and Scalar's API reference at <c>/scalar</c>.
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
        app.MapScalarPage();
        app.MapGet("/admin", () => Results.File(Path.Combine(Root, "admin", "index.html"), "text/html; charset=utf-8"))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/", () => Results.Redirect("/admin")).AllowAnonymous().ExcludeFromDescription();
    }
}
