using OpsPlatform.Shared.Kernel.Persistence;
using Wolverine.Persistence.Durability;

namespace OpsPlatform.Host.Api.Commands;

/// <summary>
/// <c>--migrate</c>: applies every pending migration (the modules' scripts, their Marten stores, Wolverine's schema) to
/// <c>ConnectionStrings:Ops</c> and exits, without serving. How a
/// production database is changed before a host with <c>Database:ApplyMigrations=false</c> starts.
/// </summary>
internal static class MigrateCommand
{
    public const string Name = "--migrate";

    public static async Task RunAsync(WebApplication app)
    {
        await app.Services.GetRequiredService<SqlMigrator>().MigrateAsync(applyPending: true, CancellationToken.None);
        await app.Services.GetRequiredService<IMessageStore>().Admin.MigrateAsync();
        Console.WriteLine("Migrations applied.");
    }
}
