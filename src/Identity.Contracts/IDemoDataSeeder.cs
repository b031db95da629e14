namespace OpsPlatform.Identity.Contracts;

/// <summary>A module's small demo data set, written on a development host's first start (only into empty tables).</summary>
public interface IDemoDataSeeder
{
    Task SeedAsync(DemoUsers users, CancellationToken cancellationToken);
}
