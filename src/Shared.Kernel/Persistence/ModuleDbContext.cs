using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>
/// A module's unit of work on its own schema: stamps versions and timestamps from <see cref="TimeProvider"/>,
/// records integration events in the module's outbox in the same transaction, and turns PostgreSQL's
/// answers (stale version, unique violation) into 409 conflicts naming the field.
/// </summary>
/// <remarks>Contexts are pooled (one per request would cost ~15% of a simple read), so they take only their options;
/// the clock is the application's <see cref="TimeProvider"/>, resolved through EF's application service provider.</remarks>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    private static readonly ConcurrentDictionary<(Type, string), string[]> UniqueFieldsByConstraint = new();

    protected abstract string Schema { get; }

    protected TimeProvider Clock => this.GetService<TimeProvider>();

    /// <summary>Records an integration event; it becomes visible to other modules only if this unit of work commits.</summary>
    public void Publish(IIntegrationEvent message) =>
        Set<OutboxMessage>().Add(OutboxMessage.From(message, Schema, Clock.GetUtcNow()));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
        });
        foreach (var aggregate in modelBuilder.Model.GetEntityTypes().Where(e => typeof(AggregateRoot).IsAssignableFrom(e.ClrType) && e.BaseType is null))
            modelBuilder.Entity(aggregate.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
        SnakeCaseNames.Apply(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAggregates();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("This record was changed by someone else since you read it. Reload and try again.");
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            throw UniqueViolation(unique);
        }
    }

    private void StampAggregates()
    {
        var now = Clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries<AggregateRoot>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Property(a => a.CreatedAt).CurrentValue = now;
                    entry.Property(a => a.UpdatedAt).CurrentValue = now;
                    entry.Property(a => a.Version).CurrentValue = 1;
                    break;
                case EntityState.Modified:
                    entry.Property(a => a.UpdatedAt).CurrentValue = now;
                    entry.Property(a => a.Version).CurrentValue = entry.Property(a => a.Version).OriginalValue + 1;
                    break;
            }
        }
    }

    private ConflictException UniqueViolation(PostgresException unique)
    {
        var constraint = unique.ConstraintName ?? "";
        var fields = UniqueFieldsByConstraint.GetOrAdd((GetType(), constraint), key => FieldsOf(key.Item2));
        var what = fields.Length == 0 ? "value" : string.Join(" + ", fields);
        var message = $"Another record already uses this {what}.";
        var errors = fields.Length == 0
            ? new Dictionary<string, string[]>()
            : fields.ToDictionary(f => f, f => new[] { $"'{f}' must be unique; another record already uses this value." });
        return new ConflictException(message, errors);
    }

    private string[] FieldsOf(string constraint)
    {
        foreach (var entity in Model.GetEntityTypes())
        {
            var index = entity.GetIndexes().FirstOrDefault(i => i.GetDatabaseName() == constraint);
            if (index is not null) return index.Properties.Select(p => JsonName(p.Name)).ToArray();
            var key = entity.GetKeys().FirstOrDefault(k => k.GetName() == constraint);
            if (key is not null) return key.Properties.Select(p => JsonName(p.Name)).ToArray();
        }
        return [];
    }

    private static string JsonName(string property) => char.ToLowerInvariant(property[0]) + property[1..];
}
