namespace OpsPlatform.Host.Api.Ui;

/// <summary>
/// The pages a person opens: Scalar's API reference at <c>/scalar</c> (<see cref="ScalarPage"/>), and the root, which
/// leads to the admin UI at <c>/admin</c> (the Blazor project src/Admin).
/// </summary>
internal static class UiEndpoints
{
    public static void MapUi(this WebApplication app)
    {
        app.MapScalarPage();
        app.MapGet("/", () => Results.Redirect("/admin")).AllowAnonymous().ExcludeFromDescription();
    }
}
