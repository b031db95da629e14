namespace OpsPlatform.Modules.ItAssets.Tests.Persistence;

/// <summary>
/// The tables every check-out, check-in and license change writes carry the indexes their lists and rules use and no
/// more: no single-column index beside a composite one that starts with the same column.
/// </summary>
public sealed class ItAssetsIndexTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("mt_doc_hardware", new[]
    {
        "ix_hardware_assigned_to", "ix_hardware_category", "ix_hardware_created_at", "ix_hardware_location", "ix_hardware_name",
        "ix_hardware_purchased_on", "ix_hardware_search", "ix_hardware_stage", "ix_hardware_status", "ix_hardware_warranty_ends_on",
        "pkey_mt_doc_hardware_id", "ux_hardware_asset_tag", "ux_hardware_serial_number",
    })]
    [InlineData("mt_doc_assignment", new[]
    {
        "ix_assignments_assigned_to", "ix_assignments_checked_out_at", "ix_assignments_expected_return_on", "ix_assignments_hardware",
        "ix_assignments_overdue", "pkey_mt_doc_assignment_id", "ux_assignments_open_hardware",
    })]
    [InlineData("mt_doc_software_license", new[]
    {
        "ix_licenses_created_at", "ix_licenses_expires_on", "ix_licenses_model", "ix_licenses_product_name", "ix_licenses_vendor",
        "pkey_mt_doc_software_license_id",
    })]
    public async Task A_table_carries_only_the_indexes_the_api_uses(string table, string[] indexes)
    {
        var names = await api.ScalarAsync<string>(
            "SELECT string_agg(indexname, ',') FROM pg_indexes WHERE schemaname = 'it_assets' AND tablename = $1", table);

        names!.Split(',').Order(StringComparer.Ordinal).ShouldBe(indexes);
    }
}
