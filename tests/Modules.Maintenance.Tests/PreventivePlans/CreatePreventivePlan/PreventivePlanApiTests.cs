using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.PreventivePlans.CreatePreventivePlan;

/// <summary>Create, get, list, change and delete preventive plans through the API.</summary>
public sealed class PreventivePlanApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Plans = "/api/maintenance/preventive-plans";
    private static readonly DateTimeOffset FirstDue = new(2031, 1, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_manager_plans_recurring_maintenance_and_reads_its_next_due_date()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var equipment = await manager.Http.RegisterEquipmentAsync();

        var response = await manager.Http.PostAsJsonAsync(Plans, NewPlan(equipment));

        var created = await response.ShouldHaveStatus(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{Plans}/{created.GetProperty("id").GetGuid()}");
        created.GetProperty("nextDueAt").GetDateTimeOffset().ShouldBe(FirstDue);
        created.GetProperty("raisesAt").GetDateTimeOffset().ShouldBe(FirstDue.AddDays(-3));
        created.GetProperty("intervalUnit").GetString().ShouldBe("months");
        var listed = await (await manager.Http.GetAsync($"{Plans}?equipmentId={equipment}")).ShouldHaveStatus(HttpStatusCode.OK);
        listed.ShouldListExactly(1);
    }

    [Fact]
    public async Task Changing_a_plan_reschedules_it()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var equipment = await manager.Http.RegisterEquipmentAsync();
        var id = (await (await manager.Http.PostAsJsonAsync(Plans, NewPlan(equipment))).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var changed = await (await manager.Http.PutAsJsonAsync($"{Plans}/{id}", new
        {
            title = "Quarterly filter", description = "Replace the filter", priority = "high", intervalCount = 3, intervalUnit = "months", mode = "fixed",
            leadTimeDays = 7, firstDueAt = FirstDue.AddDays(10), active = true, version = 1,
        })).ShouldHaveStatus(HttpStatusCode.OK);

        changed.GetProperty("nextDueAt").GetDateTimeOffset().ShouldBe(FirstDue.AddDays(10));
        changed.GetProperty("raisesAt").GetDateTimeOffset().ShouldBe(FirstDue.AddDays(3));
        changed.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Bad_plans_are_named_in_a_400_and_unknown_equipment_in_a_422()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.PostAsJsonAsync(Plans, new { title = "" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "equipmentId", "title", "description", "priority", "intervalCount", "intervalUnit", "mode", "leadTimeDays", "firstDueAt");
        await (await manager.Http.PostAsJsonAsync(Plans, NewPlan(Guid.NewGuid()))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "equipmentId");
    }

    [Fact]
    public async Task A_technician_may_read_plans_but_not_create_them()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var equipment = await manager.Http.RegisterEquipmentAsync();

        await (await technician.Http.PostAsJsonAsync(Plans, NewPlan(equipment))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await technician.Http.GetAsync(Plans)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deleted_plan_is_gone()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var equipment = await manager.Http.RegisterEquipmentAsync();
        var id = (await (await manager.Http.PostAsJsonAsync(Plans, NewPlan(equipment))).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await manager.Http.DeleteAsync($"{Plans}/{id}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        await (await manager.Http.GetAsync($"{Plans}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private static object NewPlan(Guid equipment) => new
    {
        equipmentId = equipment, title = "Monthly filter", description = "Replace the air filter", priority = "medium", requiredSkills = new[] { "hvac" },
        intervalCount = 1, intervalUnit = "months", mode = "fixed", leadTimeDays = 3, firstDueAt = FirstDue,
    };

    internal static JsonElement Unused => default;
}
