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

    private readonly List<ScheduledMessage> _scheduled = [];
    private int _scheduledLease = -1;
    private bool _outboxUncommitted;

    protected TimeProvider Clock => this.GetService<TimeProvider>();

    /// <summary>Records an integration event; it becomes visible to other modules only if this unit of work commits.</summary>
    public void Publish(IIntegrationEvent message)
    {
        var cause = CurrentMessage.Value?.Context;
        Set<OutboxMessage>().Add(OutboxMessage.From(message, Schema, Clock.GetUtcNow(), cause?.CorrelationId, cause?.MessageId));
        _outboxUncommitted = true;
    }

    /// <summary>After a commit (EF's own transaction, an explicit one, or none): nudges the relays if this context recorded outbox rows.</summary>
    internal void OnCommitted()
    {
        if (!_outboxUncommitted) return;
        _outboxUncommitted = false;
        this.GetService<OutboxCommitSignal>().Committed(Schema);
    }

    /// <summary>Like <see cref="Publish"/>, for a message that must reach a handler: fails now when no module subscribes to it.</summary>
    public void Send(IIntegrationEvent message)
    {
        var wire = IntegrationEventAttribute.Of(message.GetType());
        if (this.GetService<BusRegistry>().SubscribersOf(wire.Name, wire.Version).Count == 0)
            throw new InvalidOperationException($"No handler subscribes to {wire.Name} v{wire.Version}; Send needs one (Publish does not).");
        Publish(message);
    }

    /// <summary>
    /// Delivers <paramref name="message"/> to this module's own handlers of its type once, not before
    /// <paramref name="dueAt"/> by the database clock; durable and atomic with this unit of work's SaveChanges. A
    /// business key is unique among pending schedules: scheduling the same key again replaces the pending one.
    /// </summary>
    public void Schedule(IIntegrationEvent message, DateTimeOffset dueAt, string? businessKey = null)
    {
        var wire = IntegrationEventAttribute.Of(message.GetType());
        if (this.GetService<BusRegistry>().OwnHandlersOf(Schema, message.GetType()).Count == 0)
            throw new InvalidOperationException($"Module {Schema} has no handler of {wire.Name} v{wire.Version} to deliver the scheduled message to.");
        PendingSchedules().Add(new ScheduledMessage(message, dueAt, businessKey));
    }

    /// <summary>Cancels the pending scheduled message with this business key (if any) when this unit of work commits.</summary>
    public void CancelScheduled(string businessKey) => PendingSchedules().Add(new ScheduledMessage(null, default, businessKey));

    /// <summary>True when this unit of work scheduled or cancelled something not saved yet.</summary>
    public bool HasPendingSchedules => PendingSchedules().Count > 0;

    // Contexts are pooled: a list left over from an earlier lease (one that never saved) belongs to nobody now.
    private List<ScheduledMessage> PendingSchedules()
    {
        if (_scheduledLease != ContextId.Lease)
        {
            _scheduled.Clear();
            _scheduledLease = ContextId.Lease;
        }
        return _scheduled;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.VisibleTo).HasColumnType("uuid[]");
        });
        modelBuilder.Entity<InboxMark>(mark =>
        {
            mark.ToTable("inbox");
            mark.HasKey(m => m.Id);
            mark.Property(m => m.Id).ValueGeneratedNever();
            mark.Property(m => m.LeaseToken).IsConcurrencyToken();
            mark.Property(m => m.HandledAt).IsConcurrencyToken();
        });
        foreach (var aggregate in modelBuilder.Model.GetEntityTypes().Where(e => typeof(AggregateRoot).IsAssignableFrom(e.ClrType) && e.BaseType is null))
            modelBuilder.Entity(aggregate.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
        SnakeCaseNames.Apply(modelBuilder);
    }

    /// <summary>
    /// The bus is running <paramref name="row"/>'s handler on this context: its handled marker goes out with the next
    /// save, in the same batch as the handler's changes. A save that finds the claim taken over throws
    /// <see cref="ClaimLostException"/>.
    /// </summary>
    internal void MarkHandledOnSave(InboxRow row)
    {
        var mark = Attach(new InboxMark { Id = row.Id, LeaseToken = row.LeaseToken });
        mark.Entity.LeaseToken = null;
        mark.Entity.HandledAt = DateTimeOffset.UtcNow;
        mark.Property(m => m.LeaseNode).IsModified = true;
        mark.Property(m => m.LeaseUntil).IsModified = true;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (CurrentMessage.Value is { } handling && handling.Schema != Schema)
            throw new InvalidOperationException(
                $"A handler of module {handling.Schema} tried to save through module {Schema}'s DbContext; a handler commits to its own module only.");
        StampAggregates();
        var scheduled = PendingSchedules();
        if (scheduled.Count == 0)
        {
            var saved = await SaveCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (Database.CurrentTransaction is null) OnCommitted();
            return saved;
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await SaveCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
            await ScheduleWriter.WriteAsync(this, Schema, this.GetService<BusRegistry>(), scheduled, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            scheduled.Clear();
            return saved;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    private async Task<int> SaveCoreAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex) when (ex.Entries.Any(e => e.Entity is InboxMark))
        {
            throw new ClaimLostException();
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
