using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Modules.Maintenance.Persistence;

/// <summary>A small list of value records stored as one jsonb column, read and replaced with its row.</summary>
internal static class JsonColumn
{
    public static PropertyBuilder<IReadOnlyList<T>> HasJsonColumn<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, MessageJson.Options),
            s => JsonSerializer.Deserialize<List<T>>(s, MessageJson.Options) ?? new List<T>(),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                v => v.ToList()));
}
