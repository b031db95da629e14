using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Messaging;
using Microsoft.EntityFrameworkCore.Storage;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore.Internals;
using Wolverine.Runtime;

namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>
/// A module's unit of work on its own schema: stamps versions and timestamps from <see cref="TimeProvider"/>, hands
/// integration events and scheduled messages to Wolverine's outbox in the same transaction (envelopes in the shared
/// <c>wolverine</c> schema, live events in the module's <c>live_events</c>), and turns PostgreSQL's answers (stale
/// version, unique violation) into 409 conflicts naming the field.
/// </summary>
/// <remarks>Contexts are pooled (one per request would cost ~15% of a simple read), so they take only their options;
/// the clock and Wolverine's runtime are application services, resolved through EF's application service provider.</remarks>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IScheduleOwner
{
    private static readonly ConcurrentDictionary<(Type, string), string[]> UniqueFieldsByConstraint = new();

    protected abstract string Schema { get; }

    private readonly List<object> _published = [];
    private readonly List<PendingSchedule> _scheduled = [];
    private int _pendingLease = -1;
    private MessageContext? _unflushed; // envelopes stored in a transaction that has not committed yet
    private bool _liveUncommitted; // live events saved in a transaction that has not committed yet

    protected TimeProvider Clock => this.GetService<TimeProvider>();

    /// <summary>Records an integration event; it reaches its handlers (and the live stream) only if this unit of work commits.</summary>
    public void Publish(IIntegrationEvent message)
    {
        ResetIfNewLease();
        // An event no module handles gets no envelope (Wolverine would only log that it has no route); it still goes live.
        if (HasHandlers(message.GetType())) _published.Add(message);
        Set<LiveEventRecord>().Add(LiveEventRecord.From(message, Schema, Clock.GetUtcNow()));
        _liveUncommitted = true;
    }

    private bool HasHandlers(Type message) => this.GetService<IWolverineRuntime>().RoutingFor(message).Routes.Length > 0;

    /// <summary>Like <see cref="Publish"/>, for a message that must reach a handler: fails now when no handler subscribes to it.</summary>
    public void Send(IIntegrationEvent message)
    {
        if (!HasHandlers(message.GetType()))
            throw new InvalidOperationException($"No handler subscribes to {message.GetType().Name}; Send needs one (Publish does not).");
        Publish(message);
    }

    /// <summary>
    /// Delivers <paramref name="message"/> to its handlers once, not before <paramref name="dueAt"/>; durable and atomic
    /// with this unit of work's SaveChanges. A business key is unique among pending schedules of this module: scheduling
    /// the same key again replaces the pending one.
    /// </summary>
    public void Schedule(object message, DateTimeOffset dueAt, string? businessKey = null)
    {
        if (!HasHandlers(message.GetType()))
            throw new InvalidOperationException($"No handler of {message.GetType().Name} to deliver the scheduled message to.");
        PendingSchedules().Add(new PendingSchedule(message, dueAt, businessKey));
    }

    /// <summary>Cancels the pending scheduled message with this business key (if any) when this unit of work commits.</summary>
    public void CancelScheduled(string businessKey) => PendingSchedules().Add(new PendingSchedule(null, default, businessKey));

    /// <summary>True when this unit of work scheduled or cancelled something not saved yet.</summary>
    public bool HasPendingSchedules => PendingSchedules().Count > 0;

    // Contexts are pooled: lists left over from an earlier lease (one that never saved) belong to nobody now.
    private List<PendingSchedule> PendingSchedules()
    {
        ResetIfNewLease();
        return _scheduled;
    }

    private void ResetIfNewLease()
    {
        if (_pendingLease == ContextId.Lease) return;
        _published.Clear();
        _scheduled.Clear();
        _unflushed = null;
        _liveUncommitted = false;
        _pendingLease = ContextId.Lease;
    }

    /// <summary>After a commit: sends the envelopes stored in it to their local queues and wakes the live feed.</summary>
    internal async Task OnCommittedAsync()
    {
        if (_unflushed is { } bus)
        {
            _unflushed = null;
            await bus.FlushOutgoingMessagesAsync();
        }
        if (_liveUncommitted)
        {
            _liveUncommitted = false;
            this.GetService<LiveEventSignal>().Committed.Set();
        }
    }

    private sealed record PendingSchedule(object? Message, DateTimeOffset DueAt, string? BusinessKey);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        modelBuilder.Entity<LiveEventRecord>(live =>
        {
            live.ToTable("live_events");
            live.HasKey(m => m.Id);
            live.Property(m => m.Payload).HasColumnType("jsonb");
            live.Property(m => m.VisibleTo).HasColumnType("uuid[]");
        });
        modelBuilder.MapWolverineEnvelopeStorage(BusSetup.Schema);
        foreach (var aggregate in modelBuilder.Model.GetEntityTypes().Where(e => typeof(AggregateRoot).IsAssignableFrom(e.ClrType) && e.BaseType is null))
            modelBuilder.Entity(aggregate.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
        SnakeCaseNames.Apply(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAggregates();
        ResetIfNewLease();
        if (_published.Count == 0 && _scheduled.Count == 0)
        {
            var saved = await SaveCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (Database.CurrentTransaction is null) await OnCommittedAsync();
            return saved;
        }

        // A second save inside one open transaction adds to the same outbox context: one flush after the commit.
        // Outside a transaction, anything unflushed belongs to one that ended without a commit: it was never stored.
        var bus = (Database.CurrentTransaction is null ? null : _unflushed) ?? NewOutbox();
        foreach (var message in _published) await bus.PublishAsync(message);
        _published.Clear();
        var keyed = new List<(string Key, Guid[] EnvelopeIds)>();
        foreach (var schedule in _scheduled)
        {
            if (schedule.Message is null)
            {
                keyed.Add((schedule.BusinessKey!, []));
                continue;
            }
            var before = bus.Outstanding.Select(e => e.Id).ToHashSet();
            await bus.ScheduleAsync(schedule.Message, schedule.DueAt);
            if (schedule.BusinessKey is { } key) keyed.Add((key, bus.Outstanding.Where(e => !before.Contains(e.Id)).Select(e => e.Id).ToArray()));
        }
        _scheduled.Clear();

        var own = keyed.Count > 0 && Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await SaveCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (keyed.Count > 0)
            {
                var (connection, transaction) = OpenTransaction();
                foreach (var (key, envelopeIds) in keyed) await ScheduledKeys.ReplaceAsync(connection, transaction, Schema, key, envelopeIds, cancellationToken);
            }
            _unflushed = bus;
            if (own is not null) await own.CommitAsync(cancellationToken); // the commit interceptor flushes
            else if (Database.CurrentTransaction is null) await OnCommittedAsync();
            return saved;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    private MessageContext NewOutbox()
    {
        var bus = new MessageContext(this.GetService<IWolverineRuntime>());
        bus.EnlistInOutbox(new EfCoreEnvelopeTransaction(this, bus));
        return bus;
    }

    string IScheduleOwner.Schema => Schema;

    public async Task<bool> ScheduleUnlessPendingAsync(string key, object message, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var (connection, npgsqlTransaction) = OpenTransaction();
        if (await ScheduledKeys.LockAndCheckPendingAsync(connection, npgsqlTransaction, Schema, key, cancellationToken)) return false;
        Schedule(message, dueAt, key);
        await SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> ScheduleNextIfCurrentAsync(string key, Guid envelopeId, object next, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var (connection, npgsqlTransaction) = OpenTransaction();
        if (!await ScheduledKeys.LockAndIsCurrentAsync(connection, npgsqlTransaction, Schema, key, envelopeId, cancellationToken)) return false;
        Schedule(next, dueAt, key);
        await SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The connection and the transaction this context has open, for the raw SQL of business keys.</summary>
    private (NpgsqlConnection Connection, NpgsqlTransaction Transaction) OpenTransaction() =>
        ((NpgsqlConnection)Database.GetDbConnection(),
         (NpgsqlTransaction)(Database.CurrentTransaction ?? throw new InvalidOperationException("Open a transaction first.")).GetDbTransaction());

    /// <summary>The transaction rolled back: its envelopes were never stored, so there is nothing to send.</summary>
    internal void OnRolledBack()
    {
        _unflushed = null;
        _liveUncommitted = false;
    }

    private async Task<int> SaveCoreAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
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
