using Microsoft.EntityFrameworkCore;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Messaging.Tests.Echo;

public sealed class EchoDbContext(DbContextOptions<EchoDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => EchoModule.Schema;

    public DbSet<Effect> Effects => Set<Effect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Effect>().ToTable("effects");
        base.OnModelCreating(modelBuilder);
    }
}
