using System.Net;
using System.Text.Json;

namespace OpsPlatform.Host.Api.Tests.OpenApi;

/// <summary>The document says what the API does: camelCase query names, the list shape, and which body fields are optional.</summary>
public sealed class ListContractDocumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<JsonElement> Document() =>
        await (await api.CreateClient().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);

    private static IEnumerable<(string Path, JsonElement Get)> Lists(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out var get) && ResponseSchema(get)?.StartsWith("#/components/schemas/PagedOf", StringComparison.Ordinal) == true)
            .Select(p => (p.Name, p.Value.GetProperty("get")));

    private static string? ResponseSchema(JsonElement operation) =>
        operation.GetProperty("responses").TryGetProperty("200", out var ok) && ok.TryGetProperty("content", out var content) &&
        content.TryGetProperty("application/json", out var json) // downloads answer with the file's own type
            ? json.GetProperty("schema").TryGetProperty("$ref", out var reference) ? reference.GetString() : null
            : null;

    private static string[] QueryNames(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToArray()
            : [];

    private static JsonElement Schema(JsonElement document, string name) => document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private static string[] Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!).ToArray() : [];

    [Fact]
    public async Task Every_list_takes_page_pageSize_and_count_in_camelCase()
    {
        var lists = Lists(await Document()).ToList();

        lists.Count.ShouldBeGreaterThanOrEqualTo(16);
        foreach (var (path, get) in lists)
        {
            var names = QueryNames(get);
            names.ShouldContain("page", path);
            names.ShouldContain("pageSize", path);
            names.ShouldContain("count", path);
        }
    }

    [Fact]
    public async Task Every_query_parameter_in_the_document_is_camelCase()
    {
        var document = await Document();
        var pascal = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().SelectMany(o => QueryNames(o.Value).Select(n => $"{o.Name} {p.Name} {n}")))
            .Where(n => char.IsUpper(n.Split(' ')[2][0]))
            .ToList();

        pascal.ShouldBeEmpty();
        QueryNames(document.GetProperty("paths").GetProperty("/api/maintenance/work-orders").GetProperty("get"))
            .ShouldBe(["status", "priority", "equipmentId", "siteId", "technicianId", "source", "dueBefore", "dueAfter", "overdue", "q", "page", "pageSize", "sort", "count"]);
    }

    [Fact]
    public async Task A_page_requires_items_page_pageSize_and_hasMore_and_leaves_the_totals_optional()
    {
        var document = await Document();

        foreach (var (path, get) in Lists(document))
        {
            var schema = Schema(document, ResponseSchema(get)!.Split('/')[^1]);
            Required(schema).ShouldBe(["items", "page", "pageSize", "hasMore"], ignoreOrder: true, path);
            schema.GetProperty("properties").TryGetProperty("totalItems", out _).ShouldBeTrue(path);
            schema.GetProperty("properties").TryGetProperty("totalPages", out _).ShouldBeTrue(path);
        }
    }

    [Theory]
    [InlineData("RaiseWorkOrderCommand", "title,description,priority", "equipmentId,siteId,dueAt,requiredSkills")]
    [InlineData("CreateSiteCommand", "siteName,siteCode,address,clientName,serviceLevel,primaryContactId", "passThreshold,clientSeesInspections,timeZone")]
    [InlineData("CancelWorkOrderCommand", "reason", "version")]
    [InlineData("CreateProjectCommand", "code,name,clientName", "description,ownerId,startsOn,dueOn,budgetHours,budgetAmount,hourlyRate")]
    [InlineData("RegisterTechnicianCommand", "name", "userId,skills,weeklyAvailability,unavailability")]
    [InlineData("Unavailability", "from,to", "reason")]
    public async Task Optional_request_fields_are_not_required(string schemaName, string required, string optional)
    {
        // Nullable fields the validator demands unconditionally (priority, serviceLevel, reason) stay required: they are
        // nullable only so that a missing value gets the validator's message instead of a default.
        var schema = Schema(await Document(), schemaName);

        Required(schema).ShouldBe(required.Split(','), ignoreOrder: true);
        foreach (var field in optional.Split(',', StringSplitOptions.RemoveEmptyEntries)) schema.GetProperty("properties").TryGetProperty(field, out _).ShouldBeTrue(field);
    }

    [Fact]
    public async Task Text_fields_stay_strings_in_the_document()
    {
        var schema = Schema(await Document(), "RaiseWorkOrderCommand").GetProperty("properties");

        schema.GetProperty("title").GetProperty("type").GetString().ShouldBe("string");
        schema.GetProperty("requiredSkills").GetProperty("items").GetProperty("type").GetString().ShouldBe("string");
    }
}
