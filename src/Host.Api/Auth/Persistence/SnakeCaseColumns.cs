using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Host.Api.Auth.Persistence;

/// <summary>PostgreSQL naming for every column, key, foreign key and index Identity's EF model maps (tables are named explicitly).</summary>
internal static class SnakeCaseColumns
{
    public static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null) continue;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());

            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(store);
                if (column is not null) property.SetColumnName(SnakeCaseNames.ToSnakeCase(column));
            }
            foreach (var key in entity.GetKeys())
                key.SetName(SnakeCaseNames.ToSnakeCase(key.GetName() ?? key.GetDefaultName()!));
            foreach (var foreignKey in entity.GetForeignKeys())
                foreignKey.SetConstraintName(SnakeCaseNames.ToSnakeCase(foreignKey.GetConstraintName() ?? foreignKey.GetDefaultName()!));
            foreach (var index in entity.GetIndexes())
                index.SetDatabaseName(SnakeCaseNames.ToSnakeCase(index.GetDatabaseName() ?? index.GetDefaultDatabaseName()!));
        }
    }
}
