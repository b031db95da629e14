using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>
/// Stock movements as single-statement increments: PostgreSQL serialises concurrent updates of a row and re-checks
/// the guard (<c>quantity_on_hand &gt;= @quantity</c>) against the newest version, so no update is lost and stock
/// never goes below zero. Each runs in the DbContext's transaction, so the published event commits with the change.
/// </summary>
internal static class StockLedger
{
    private const string Consume = """
        UPDATE janitorial.supply_items i
        SET quantity_on_hand = i.quantity_on_hand - @quantity, version = i.version + 1, updated_at = @now
        FROM janitorial.client_sites s
        WHERE i.id = @id AND s.id = i.site_id AND i.quantity_on_hand >= @quantity
        RETURNING i.quantity_on_hand, i.reorder_level, i.version, i.site_id, s.site_code, i.sku, i.item_name, i.unit,
                  ARRAY(SELECT m.user_id FROM janitorial.site_members m WHERE m.site_id = i.site_id AND m.role <> 'client')
        """;

    private const string Restock = """
        UPDATE janitorial.supply_items i
        SET quantity_on_hand = i.quantity_on_hand + @quantity, version = i.version + 1, updated_at = @now, last_restocked_at = @now
        FROM janitorial.client_sites s
        WHERE i.id = @id AND s.id = i.site_id
        RETURNING i.quantity_on_hand, i.reorder_level, i.version, i.site_id, s.site_code, i.sku, i.item_name, i.unit,
                  ARRAY(SELECT m.user_id FROM janitorial.site_members m WHERE m.site_id = i.site_id AND m.role <> 'client')
        """;

    public static Task<StockLevel> ConsumeAsync(this JanitorialDbContext db, Guid itemId, decimal quantity, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            var moved = await MoveAsync(db, Consume, itemId, quantity, cancellationToken);
            if (moved is null)
            {
                var onHand = await db.SupplyItems.Where(i => i.Id == itemId).Select(i => i.QuantityOnHand).SingleAsync(cancellationToken);
                throw new ConflictException(
                    $"Only {onHand} on hand; {quantity} cannot be consumed.",
                    new Dictionary<string, string[]> { ["quantity"] = [$"must not exceed the {onHand} on hand."] },
                    new Dictionary<string, object?> { ["quantityOnHand"] = onHand });
            }
            var now = db.Time.GetUtcNow();
            db.Publish(moved.Moved(itemId, "consumed", quantity, now));
            // Once per crossing: only the consumption that took the stock from at-or-above its level to below it.
            if (moved.QuantityOnHand < moved.ReorderLevel && moved.QuantityOnHand + quantity >= moved.ReorderLevel)
                db.Publish(moved.BelowReorderLevel(itemId, now));
            await db.SaveChangesAsync(cancellationToken);
            return moved.Level(itemId);
        }, cancellationToken);

    public static Task<StockLevel> RestockAsync(this JanitorialDbContext db, Guid itemId, decimal quantity, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            var moved = await MoveAsync(db, Restock, itemId, quantity, cancellationToken) ?? throw new NotFoundException("Supply item", itemId);
            db.Publish(moved.Moved(itemId, "restocked", quantity, db.Time.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            return moved.Level(itemId);
        }, cancellationToken);

    private static async Task<Movement?> MoveAsync(JanitorialDbContext db, string sql, Guid itemId, decimal quantity, CancellationToken cancellationToken)
    {
        await using var command = db.TransactionCommand(sql);
        command.Parameters.AddWithValue("id", itemId);
        command.Parameters.AddWithValue("quantity", quantity);
        command.Parameters.AddWithValue("now", db.Time.GetUtcNow());
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return null;
            return new Movement(reader.GetDecimal(0), reader.GetDecimal(1), reader.GetInt32(2), reader.GetGuid(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetFieldValue<Guid[]>(8));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.NumericValueOutOfRange)
        {
            throw new DomainRuleViolation("The quantity on hand would exceed what an item can hold (9,999,999,999.99).", "quantity");
        }
    }

    /// <summary>The row after the move, with the site's staff (technicians and inspectors): the audience of its live event.</summary>
    private sealed record Movement(decimal QuantityOnHand, decimal ReorderLevel, int Version, Guid SiteId, string SiteCode, string Sku, string ItemName, string Unit,
        Guid[] Staff)
    {
        public StockLevel Level(Guid itemId) => new(itemId, QuantityOnHand, ReorderLevel, QuantityOnHand < ReorderLevel, Version);

        public StockMoved Moved(Guid itemId, string movement, decimal quantity, DateTimeOffset now) =>
            new(Guid.CreateVersion7(), now, itemId, SiteId, SiteCode, Sku, ItemName, movement, quantity, QuantityOnHand, ReorderLevel, Unit, Staff);

        public SupplyBelowReorderLevel BelowReorderLevel(Guid itemId, DateTimeOffset now) =>
            new(Guid.CreateVersion7(), now, itemId, SiteId, SiteCode, Sku, ItemName, QuantityOnHand, ReorderLevel, Unit);
    }
}
