using System.Net;
using System.Text.Json;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.ListWorkOrderTransitions;

public sealed class ListWorkOrderTransitionsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_history_lists_each_move_oldest_first_with_who_and_the_note()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        await (await crew.Technician.Http.ChangeStatus(id, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.ChangeStatus(id, "on_hold", reason: "waiting for a part")).ShouldHaveStatus(HttpStatusCode.OK);

        var history = await (await crew.Technician.Http.GetAsync($"/api/maintenance/work-orders/{id}/transitions")).ShouldHaveStatus(HttpStatusCode.OK);

        var moves = history.EnumerateArray().ToArray();
        moves.Select(m => m.GetProperty("toStatus").GetString()).ShouldBe(["open", "assigned", "in_progress", "on_hold"]);
        moves[0].GetProperty("fromStatus").ValueKind.ShouldBe(JsonValueKind.Null);
        moves[3].GetProperty("note").GetString().ShouldBe("waiting for a part");
        moves[3].GetProperty("changedBy").GetGuid().ShouldBe(crew.Technician.UserId);
    }

    [Fact]
    public async Task Someone_who_may_not_see_the_work_order_gets_404()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        var other = await api.SignInAsNewUserAsync(OpsPlatform.Identity.Contracts.Roles.Technician);

        await (await other.Http.GetAsync($"/api/maintenance/work-orders/{id}/transitions")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
