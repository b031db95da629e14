using Microsoft.EntityFrameworkCore;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Messaging.TestHost.Probe;

public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => ProbeModule.Schema;

    public DbSet<Effect> Effects => Set<Effect>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<Fault> Faults => Set<Fault>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Effect>().ToTable("effects");
        modelBuilder.Entity<JobRun>().ToTable("job_runs");
        modelBuilder.Entity<Fault>(f =>
        {
            f.ToTable("faults");
            f.HasKey(x => x.Key);
        });
        base.OnModelCreating(modelBuilder);
    }
}
