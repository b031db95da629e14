namespace OpsPlatform.Messaging.Tests.Schema;

public sealed class BusSchemaTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("maintenance")]
    [InlineData("it_assets")]
    [InlineData("psa")]
    [InlineData("janitorial")]
    public async Task Each_module_schema_holds_its_own_outbox_inbox_and_dead_letters(string schema)
    {
        foreach (var table in new[] { "outbox", "inbox", "dead_letters", "schema_migrations" })
            (await api.ScalarAsync<bool>("SELECT to_regclass($1) IS NOT NULL", $"{schema}.{table}")).ShouldBeTrue($"{schema}.{table}");
    }

    [Fact]
    public async Task The_bus_schema_holds_only_the_node_registry_and_singleton_leases_and_no_foreign_key_crosses_schemas()
    {
        (await api.ScalarAsync<string>("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'bus'"))
            .ShouldBe("nodes,schema_migrations,singleton_jobs");
        (await api.ScalarAsync<long>("""
            SELECT count(*) FROM pg_constraint c
            JOIN pg_class src ON src.oid = c.conrelid JOIN pg_namespace ns ON ns.oid = src.relnamespace
            JOIN pg_class dst ON dst.oid = c.confrelid JOIN pg_namespace nd ON nd.oid = dst.relnamespace
            WHERE c.contype = 'f' AND ns.nspname <> nd.nspname
            """)).ShouldBe(0);
    }

    [Fact]
    public async Task Claims_and_relays_are_served_by_partial_indexes()
    {
        var claim = await api.ScalarAsync<string>("""
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'maintenance' AND indexname = 'ix_inbox_due'
            """);
        claim.ShouldNotBeNull().ShouldContain("WHERE (handled_at IS NULL)");
        (await api.ScalarAsync<string>("SELECT indexdef FROM pg_indexes WHERE schemaname = 'maintenance' AND indexname = 'ix_outbox_unrelayed'"))
            .ShouldNotBeNull().ShouldContain("WHERE (relayed_at IS NULL)");
    }
}
