using System.Text.Json;
using OpsPlatform.Admin.Api;

namespace OpsPlatform.Admin.Tests;

public sealed class PageOfTests
{
    private sealed record Row(string Name);

    [Fact]
    public void Reads_the_list_contract_with_has_more_and_no_total()
    {
        var page = PageOf<Row>.Read(JsonDocument.Parse("""{"items":[{"name":"a"}],"page":2,"pageSize":1,"hasMore":true}""").RootElement);

        page.Items.Single().Name.ShouldBe("a");
        page.Page.ShouldBe(2);
        page.HasMore.ShouldBeTrue();
        page.HasPrevious.ShouldBeTrue();
        page.TotalItems.ShouldBeNull();
    }

    [Fact]
    public void Reads_the_earlier_contract_with_totals_and_has_next()
    {
        var page = PageOf<Row>.Read(JsonDocument.Parse(
            """{"items":[{"name":"a"},{"name":"b"}],"page":1,"pageSize":2,"totalItems":3,"totalPages":2,"hasNext":true,"hasPrevious":false}""").RootElement);

        page.HasMore.ShouldBeTrue();
        page.TotalItems.ShouldBe(3);
        page.HasPrevious.ShouldBeFalse();
    }

    [Fact]
    public void Query_sends_only_the_parameters_that_have_a_value_in_the_apis_words()
    {
        Query.Path("/api/x", ("status", Modules.Maintenance.Api.WorkOrderStatus.InProgress), ("q", null), ("q2", ""), ("page", 2))
            .ShouldBe("/api/x?status=in_progress&page=2");
    }
}
