using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrders;
using System.Net;
using System.Text.Json;
using Npgsql;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.ListWorkOrders;

/// <summary>
/// Once for the class: 12 manager work orders on one piece of equipment (priorities cycling low → urgent, every third
/// overdue, the 12th about a boiler leak), 3 of them assigned to the technician, and 2 member requests.
/// </summary>
public sealed class SeededWorkOrders : ApiFactory
{
    public Crew Crew { get; private set; } = null!;
    public SignedInClient Member { get; private set; } = null!;
    public Guid OtherEquipment { get; private set; }
    public List<Guid> Assigned { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Crew = await this.CrewAsync();
        Member = await SignInAsNewUserAsync(Roles.Member);
        OtherEquipment = await Crew.Manager.Http.RegisterEquipmentAsync();
        string[] priorities = ["low", "medium", "high", "urgent"];
        for (var i = 1; i <= 12; i++)
        {
            var dueAt = i % 3 == 0 ? DateTimeOffset.UtcNow.AddDays(-i) : DateTimeOffset.UtcNow.AddDays(i);
            var (title, description) = i == 12 ? ("Boiler leak", "Water pooling under the boiler in the basement") : ($"Job {i}", "Routine check");
            var id = (await Crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(Crew.EquipmentId, priority: priorities[(i - 1) % 4], title: title,
                description: description, dueAt: dueAt))).GetProperty("id").GetGuid();
            if (i > 9)
            {
                await (await Crew.Manager.Http.Assign(id, Crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);
                Assigned.Add(id);
            }
        }
        for (var i = 0; i < 2; i++) await Member.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(OtherEquipment, title: $"Request {i}"));
    }
}

public sealed class ListWorkOrdersTests(SeededWorkOrders api) : IClassFixture<SeededWorkOrders>
{
    private readonly HttpClient _manager = api.Crew.Manager.Http;

    [Fact]
    public async Task A_manager_pages_through_every_work_order_newest_first()
    {
        var first = await List(_manager, "pageSize=10&count=true");
        var second = await List(_manager, "pageSize=10&page=2");

        first.GetProperty("totalItems").GetInt64().ShouldBe(14);
        first.GetProperty("items").GetArrayLength().ShouldBe(10);
        first.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
        second.ShouldListExactly(4);
        var created = Items(first).Concat(Items(second)).Select(w => w.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        created.ShouldBe(created.OrderByDescending(c => c).ToList());
    }

    [Theory]
    [InlineData("status=requested", 2)]
    [InlineData("status=assigned", 3)]
    [InlineData("status=open", 9)]
    [InlineData("priority=urgent", 3)]
    [InlineData("source=request", 2)]
    [InlineData("source=manual", 12)]
    [InlineData("overdue=true", 4)]
    [InlineData("overdue=false", 10)]
    [InlineData("q=boiler", 1)]
    [InlineData("q=water+basement", 1)]
    [InlineData("q=routine", 11)]
    [InlineData("status=open&priority=low", 3)]
    public async Task Filters_narrow_the_list(string query, int expected)
    {
        var body = await List(_manager, query + "&pageSize=100");

        body.ShouldListExactly(expected);
    }

    [Fact]
    public async Task Filters_by_equipment_technician_and_due_window()
    {
        (await List(_manager, $"equipmentId={api.OtherEquipment}")).ShouldListExactly(2);
        (await List(_manager, $"technicianId={api.Crew.TechnicianId}")).ShouldListExactly(3);
        var after = Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"));
        var before = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(5.5).ToString("O"));
        (await List(_manager, $"dueAfter={after}&dueBefore={before}")).ShouldListExactly(4); // due in 1, 2, 4, 5 days
    }

    [Fact]
    public async Task Each_work_order_carries_its_equipment_and_technician_names()
    {
        var body = await List(_manager, "pageSize=100");

        var assigned = Items(body).Where(w => api.Assigned.Contains(w.GetProperty("id").GetGuid())).ToList();
        assigned.Count.ShouldBe(3);
        assigned.ShouldAllBe(w => w.GetProperty("technicianName").GetString() == "Alex Fixer" && w.GetProperty("equipmentName").GetString() == "Rooftop unit");
        Items(body).Where(w => !api.Assigned.Contains(w.GetProperty("id").GetGuid()))
            .ShouldAllBe(w => w.GetProperty("technicianName").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task A_nul_character_in_the_search_is_a_400_naming_q()
    {
        await (await _manager.GetAsync($"{MaintenanceApi.WorkOrders}?q=boiler%00leak")).ShouldBeProblem(HttpStatusCode.BadRequest, "q");
    }

    [Fact]
    public async Task Sorting_by_priority_orders_by_urgency_not_by_name()
    {
        var body = await List(_manager, "sort=-priority&pageSize=100&source=manual");

        Items(body).Select(w => w.GetProperty("priority").GetString()).Distinct().ShouldBe(["urgent", "high", "medium", "low"]);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("-title")]
    [InlineData("dueAt")]
    [InlineData("-dueAt")]
    [InlineData("createdAt")]
    [InlineData("-createdAt")]
    public async Task Each_sort_field_orders_the_list_by_its_column(string sort)
    {
        var field = sort.TrimStart('-');
        var values = Items(await List(_manager, $"sort={sort}&source=manual&pageSize=100"))
            .Select(w => w.GetProperty(field).GetString()!).ToList();

        IEnumerable<string> expected = field == "title"
            ? values.Order(StringComparer.Ordinal)
            : values.OrderBy(DateTimeOffset.Parse);
        values.Count.ShouldBe(12);
        values.ShouldBe(sort.StartsWith('-') ? expected.Reverse() : expected);
    }

    [Fact]
    public async Task Sorting_by_last_change_is_served()
    {
        Items(await List(_manager, "sort=-updatedAt&source=manual&pageSize=100")).Count().ShouldBe(12);
    }

    [Fact]
    public async Task A_technician_lists_only_the_work_orders_assigned_to_them()
    {
        var body = await List(api.Crew.Technician.Http, "pageSize=100");

        Items(body).Select(w => w.GetProperty("id").GetGuid()).OrderBy(g => g).ShouldBe(api.Assigned.OrderBy(g => g));
    }

    [Fact]
    public async Task A_member_lists_only_their_own_requests_even_when_filtering_for_others()
    {
        (await List(api.Member.Http, "pageSize=100")).ShouldListExactly(2);
        (await List(api.Member.Http, $"equipmentId={api.Crew.EquipmentId}")).ShouldListExactly(0);
    }

    [Theory]
    [InlineData("status=done", "status")]
    [InlineData("priority=Urgent", "priority")]
    [InlineData("sort=description", "sort")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("overdue=maybe", "overdue")]
    [InlineData("dueBefore=soon", "dueBefore")]
    public async Task Bad_filters_are_named_in_a_400(string query, string field)
    {
        await (await _manager.GetAsync($"{MaintenanceApi.WorkOrders}?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("status = 'Open' ORDER BY created_at DESC, id", "ix_work_orders_status")]
    [InlineData("priority = 'Urgent' ORDER BY created_at DESC, id", "ix_work_orders_priority")]
    [InlineData("source = 'Request' ORDER BY created_at DESC, id", "ix_work_orders_source")]
    [InlineData("technician_user_id = '00000000-0000-0000-0000-000000000001' ORDER BY created_at DESC, id", "ix_work_orders_technician_user")]
    [InlineData("due_at < now() AND status <> 'Completed' AND status <> 'Closed' AND status <> 'Cancelled' ORDER BY created_at DESC, id", "ix_work_orders_overdue")]
    [InlineData("true ORDER BY priority_rank DESC, id LIMIT 50", "ix_work_orders_priority_rank")]
    public async Task Each_filter_and_sort_has_an_index_the_planner_uses(string where, string index)
    {
        (await Plan($"SELECT id FROM maintenance.mt_doc_work_order d WHERE {where}")).ShouldContain(index);
    }

    [Fact]
    public async Task The_work_order_table_carries_only_the_indexes_the_api_uses()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT indexname FROM pg_indexes WHERE schemaname = 'maintenance' AND tablename = 'mt_doc_work_order'", connection);
        var names = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));

        // Each filter and sort of the list, the row scope (requested_by, technician_user_id), the reports' completed_at
        // range, the full-text search and the unique origin: no single-column index beside a composite one.
        names.Order().ShouldBe([
            "ix_work_orders_completed_at", "ix_work_orders_created_at", "ix_work_orders_due_at", "ix_work_orders_equipment",
            "ix_work_orders_overdue", "ix_work_orders_priority", "ix_work_orders_priority_rank", "ix_work_orders_requested_by",
            "ix_work_orders_search", "ix_work_orders_site", "ix_work_orders_source", "ix_work_orders_status",
            "ix_work_orders_technician", "ix_work_orders_technician_user", "ix_work_orders_title", "ix_work_orders_updated_at",
            "pkey_mt_doc_work_order_id", "ux_work_orders_source_reference"]);
    }

    [Fact]
    public async Task The_text_search_the_list_sends_uses_the_full_text_index()
    {
        var search = string.Format(ListWorkOrdersHandler.Search, "$1");

        (await Plan($"SELECT w.id FROM {ListWorkOrdersHandler.Table} WHERE {search}", [new NpgsqlParameter { Value = "boiler" }]))
            .ShouldContain("ix_work_orders_search");
    }

    [Fact]
    public async Task The_equipment_and_technician_names_are_primary_key_lookups()
    {
        var plan = await Plan($"SELECT w.id, e.name, t.name FROM {ListWorkOrdersHandler.Table} {ListWorkOrdersHandler.Names} " +
                              "ORDER BY w.created_at DESC, w.id LIMIT 21");

        plan.ShouldContain("Index Scan using pkey_mt_doc_equipment_id");
        plan.ShouldContain("Index Scan using pkey_mt_doc_technician_id");
    }

    private async Task<string> Plan(string sql, NpgsqlParameter[]? parameters = null)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection)) await off.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand($"EXPLAIN {sql}", connection);
        foreach (var parameter in parameters ?? []) explain.Parameters.Add(parameter);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        return string.Join("\n", plan);
    }

    private static async Task<JsonElement> List(HttpClient http, string query) =>
        await (await http.GetAsync($"{MaintenanceApi.WorkOrders}?{query}")).ShouldHaveStatus(HttpStatusCode.OK);

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();
}
