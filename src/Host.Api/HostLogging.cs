namespace OpsPlatform.Host.Api;

/// <summary>
/// EF Core logs every failed command, save and query at Error with its stack trace before the application decides
/// what the failure means; a duplicate key is a 409 the client caused. The application logs what really is a failure
/// (a 500 at the HTTP edge, a failed handler in the bus) with the exception, so EF's copies are off.
/// </summary>
internal static class HostLogging
{
    private static readonly string[] EfFailureCategories =
    [
        "Microsoft.EntityFrameworkCore.Database.Command",
        "Microsoft.EntityFrameworkCore.Update",
        "Microsoft.EntityFrameworkCore.Query",
    ];

    public static void AddOpsLogging(this WebApplicationBuilder builder)
    {
        foreach (var category in EfFailureCategories) builder.Logging.AddFilter(category, LogLevel.None);
    }
}
