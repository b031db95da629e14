namespace OpsPlatform.Shared.Kernel.Modules;

/// <summary>A module's small demo data set, written on a development host's first start (only into empty tables).</summary>
public interface IDemoDataSeeder
{
    Task SeedAsync(DemoUsers users, CancellationToken cancellationToken);
}

/// <summary>The ids of the demo accounts, so module demo data can name its technicians, inspectors and clients.</summary>
public sealed record DemoUsers(Guid Admin, Guid Manager, Guid Technician, Guid Inspector, Guid Client, Guid Member);
