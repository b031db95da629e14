namespace OpsPlatform.Identity.Contracts;

/// <summary>The ids of the demo accounts, so module demo data can name its technicians, inspectors and clients.</summary>
public sealed record DemoUsers(Guid Admin, Guid Manager, Guid Technician, Guid Inspector, Guid Client, Guid Member);
