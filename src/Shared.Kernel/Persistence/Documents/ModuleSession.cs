using JasperFx;
using JasperFx.Events;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Bus;
using Wolverine;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace OpsPlatform.Shared.Kernel.Persistence.Documents;

/// <summary>
/// A module's unit of work on its Marten store (one per request or message scope): documents and event streams in the
/// module's schema, integration events and scheduled messages in Wolverine's outbox, live events in the module's
/// <c>live_events</c>, all committed by one <see cref="SaveChangesAsync"/>. Inside a Wolverine handler its commit also
/// marks the handler's envelope handled. Marten's answers to a stale version or a duplicate become 409 conflicts naming
/// the field.
/// </summary>
public abstract class ModuleSession<TStore>(IServiceProvider services, string schema) : IScheduleOwner, IAsyncDisposable
    where TStore : class, IDocumentStore
{
    private readonly List<IIntegrationEvent> _published = [];
    private readonly List<(object? Message, DateTimeOffset DueAt, string? Key)> _scheduled = [];
    private MessageContext? _bus;
    private IDocumentSession? _session;
    private IQuerySession? _reads;

    public string Schema => schema;

    /// <summary>Unique indexes by name, with the JSON field(s) each one guards (named in a duplicate's 409).</summary>
    protected virtual IReadOnlyDictionary<string, string[]> UniqueFields => new Dictionary<string, string[]>();

    protected TimeProvider Clock { get; } = services.GetRequiredService<TimeProvider>();

    /// <summary>The Marten session, opened on first use and enlisted in Wolverine's outbox.</summary>
    public IDocumentSession Documents => _session ??= Open();

    /// <summary>
    /// A read-only Marten session for the hot reads: no outbox, no message context, no change tracking. It does not see
    /// what <see cref="Documents"/> has not committed yet, so a handler that writes reads through <see cref="Documents"/>.
    /// </summary>
    public IQuerySession Reads => _reads ??= services.GetRequiredService<TStore>().QuerySession();

    /// <summary>
    /// Plain SQL on the module's tables for the lists whose columns Marten's LINQ would assemble as jsonb in SQL and
    /// parse again here (ADR 0014). Runs on the store's connection pool, outside this unit of work's transaction.
    /// </summary>
    public SqlPageReader Sql() => new(services.GetRequiredService<NpgsqlDataSource>());

    private IDocumentSession Open()
    {
        var runtime = services.GetRequiredService<IWolverineRuntime>();
        _bus = new MessageContext(runtime);
        var session = services.GetRequiredService<OutboxedSessionFactory<TStore>>().OpenSession(_bus);
        // In a Wolverine handler the scope carries the handler's context: the commit then also marks its envelope handled.
        if (services.GetService<ScopedMessageContextHolder>()?.Context?.Envelope is { } handling)
            session.Listeners.Add(new MarkHandledOnCommit(handling, runtime.Options.Durability.KeepAfterMessageHandling));
        return session;
    }

    /// <summary>Stores a new aggregate (version 1, created now) when this unit of work commits; a second one with its id is a 409.</summary>
    public void Insert<T>(T aggregate) where T : AggregateRoot
    {
        aggregate.Stamp(Clock.GetUtcNow());
        Documents.Insert(aggregate);
    }

    /// <summary>Stores a changed aggregate (next version); refused with a 409 when someone else changed it since it was loaded.</summary>
    public void Update<T>(T aggregate) where T : AggregateRoot
    {
        aggregate.Stamp(Clock.GetUtcNow());
        Documents.Update(aggregate);
    }

    /// <summary>Records an integration event; it reaches its handlers (and the live stream) only if this unit of work commits.</summary>
    public void Publish(IIntegrationEvent message) => _published.Add(message);

    /// <summary>Like <see cref="Publish"/>, for a message that must reach a handler: fails now when no handler subscribes to it.</summary>
    public void Send(IIntegrationEvent message)
    {
        if (!HasHandlers(message.GetType()))
            throw new InvalidOperationException($"No handler subscribes to {message.GetType().Name}; Send needs one (Publish does not).");
        Publish(message);
    }

    /// <summary>
    /// Delivers <paramref name="message"/> to its handlers once, not before <paramref name="dueAt"/>; durable and atomic
    /// with <see cref="SaveChangesAsync"/>. Scheduling a business key again replaces its pending message.
    /// </summary>
    public void Schedule(object message, DateTimeOffset dueAt, string? businessKey = null)
    {
        if (!HasHandlers(message.GetType()))
            throw new InvalidOperationException($"No handler of {message.GetType().Name} to deliver the scheduled message to.");
        _scheduled.Add((message, dueAt, businessKey));
    }

    /// <summary>Cancels the pending scheduled message with this business key (if any) when this unit of work commits.</summary>
    public void CancelScheduled(string businessKey) => _scheduled.Add((null, default, businessKey));

    private bool HasHandlers(Type message) => services.GetRequiredService<IWolverineRuntime>().RoutingFor(message).Routes.Length > 0;

    /// <summary>Commits the documents, events, envelopes and live events of this unit of work in one transaction.</summary>
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        var session = Documents;
        var bus = _bus!;
        var live = _published.Any(m => m is not IDirectMessage);
        foreach (var message in _published)
        {
            // An event no module handles gets no envelope (Wolverine would only log that it has no route); it still goes live.
            if (HasHandlers(message.GetType())) await bus.PublishAsync(message);
            if (message is not IDirectMessage) QueueLiveEvent(session, LiveEventRecord.From(message, Schema, Clock.GetUtcNow()));
        }
        _published.Clear();
        foreach (var (message, dueAt, key) in _scheduled)
        {
            Guid[] envelopeIds = [];
            if (message is not null)
            {
                var before = bus.Outstanding.Select(e => e.Id).ToHashSet();
                await bus.ScheduleAsync(message, dueAt);
                envelopeIds = bus.Outstanding.Where(e => !before.Contains(e.Id)).Select(e => e.Id).ToArray();
            }
            if (key is not null) ScheduledKeys.QueueReplace(session, Schema, key, envelopeIds);
        }
        _scheduled.Clear();

        try
        {
            await session.SaveChangesAsync(cancellationToken); // commits; Wolverine's listener then flushes the envelopes
        }
        catch (Exception ex) when (Conflict(ex) is { } conflict)
        {
            throw conflict;
        }
        if (live) services.GetRequiredService<LiveEventSignal>().Committed.Set();
    }

    private static void QueueLiveEvent(IDocumentSession session, LiveEventRecord e) =>
        session.QueueSqlCommand(
            $"INSERT INTO {e.SourceModule}.live_events (id, message_type, message_version, payload, source_module, occurred_at, recorded_at, visible_to, personal) " +
            "VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)",
            e.Id, e.MessageType, e.MessageVersion, e.Payload, e.SourceModule, e.OccurredAt, e.RecordedAt, (object?)e.VisibleTo ?? DBNull.Value, e.Personal);

    /// <summary>
    /// Begins this unit of work's transaction (if not begun) and takes a transaction-scoped advisory lock on
    /// <paramref name="key"/>: units of work locking the same key, on any host, run their reads and writes one at a time.
    /// </summary>
    public async Task LockAsync(long key, CancellationToken cancellationToken)
    {
        await Documents.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", Connection());
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> ScheduleUnlessPendingAsync(string key, object message, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await Documents.BeginTransactionAsync(cancellationToken);
        if (await ScheduledKeys.LockAndCheckPendingAsync(Connection(), null, Schema, key, cancellationToken)) return false;
        Schedule(message, dueAt, key);
        await SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> ScheduleNextIfCurrentAsync(string key, Guid envelopeId, object next, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await Documents.BeginTransactionAsync(cancellationToken);
        if (!await ScheduledKeys.LockAndIsCurrentAsync(Connection(), null, Schema, key, envelopeId, cancellationToken)) return false;
        Schedule(next, dueAt, key);
        await SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The session's connection, inside the transaction it has begun (Marten enlists its commands in it).</summary>
    private NpgsqlConnection Connection() => Documents.Connection ?? throw new InvalidOperationException("Begin a transaction first.");

    private ConflictException? Conflict(Exception ex)
    {
        // Marten reports every failed operation of a batch: two stale documents in one commit (a check-in's asset and
        // assignment) come as an AggregateException of two ConcurrencyExceptions. A conflict when each of them is one.
        if (ex is AggregateException batch)
        {
            var conflicts = batch.InnerExceptions.Select(Conflict).ToArray();
            return conflicts.Length > 0 && conflicts.All(c => c is not null) ? conflicts[0] : null;
        }
        // Marten reports any unique violation of an insert as "document already exists": the index's name tells which.
        if (Find<PostgresException>(ex) is { SqlState: PostgresErrorCodes.UniqueViolation } unique && UniqueFields.ContainsKey(unique.ConstraintName ?? ""))
            return UniqueViolation(unique);
        return ex switch
        {
            ConcurrencyException or EventStreamUnexpectedMaxEventIdException =>
                new ConflictException("This record was changed by someone else since you read it. Reload and try again."),
            JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException or DocumentAlreadyExistsException =>
                new ConflictException("A record with this id already exists."),
            MartenCommandException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } other } => UniqueViolation(other),
            _ => null,
        };
    }

    private static T? Find<T>(Exception? ex) where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is T found) return found;
        return null;
    }

    private ConflictException UniqueViolation(PostgresException unique)
    {
        var fields = UniqueFields.TryGetValue(unique.ConstraintName ?? "", out var named) ? named : [];
        var what = fields.Length == 0 ? "value" : string.Join(" + ", fields);
        var errors = fields.ToDictionary(f => f, f => new[] { $"'{f}' must be unique; another record already uses this value." });
        return new ConflictException($"Another record already uses this {what}.", errors);
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
        if (_reads is not null) await _reads.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
