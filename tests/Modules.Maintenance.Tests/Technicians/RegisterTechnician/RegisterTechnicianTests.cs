using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Technicians.RegisterTechnician;

public sealed class RegisterTechnicianTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_registers_a_technician_with_skills_hours_and_days_away()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(MaintenanceApi.Technicians, MaintenanceApi.NewTechnician(
            skills: [new { name = "HVAC", level = 5 }], unavailability: [new { from = "2030-12-24", to = "2030-12-26", reason = "holiday" }]));

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{MaintenanceApi.Technicians}/{body.GetProperty("id").GetGuid()}");
        body.GetProperty("active").GetBoolean().ShouldBeTrue();
        body.GetProperty("skills")[0].GetProperty("name").GetString().ShouldBe("hvac");
        body.GetProperty("weeklyAvailability").GetArrayLength().ShouldBe(5);
        body.GetProperty("weeklyAvailability")[0].GetProperty("day").GetString().ShouldBe("monday");
        body.GetProperty("unavailability")[0].GetProperty("reason").GetString().ShouldBe("holiday");
    }

    [Fact]
    public async Task Bad_skills_hours_and_days_away_are_named_in_a_400()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(MaintenanceApi.Technicians, MaintenanceApi.NewTechnician(
            name: "",
            skills: [new { name = "hvac", level = 6 }],
            weeklyAvailability: [new { day = "monday", from = "17:00:00", to = "09:00:00" }],
            unavailability: [new { from = "2030-12-26", to = "2030-12-24" }]));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "name", "skills[0].level", "weeklyAvailability[0].to", "unavailability[0].to");
    }

    [Fact]
    public async Task A_skill_without_a_level_is_a_400()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(MaintenanceApi.Technicians, MaintenanceApi.NewTechnician(skills: [new { name = "hvac" }]));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task One_account_links_to_at_most_one_technician()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var account = Guid.NewGuid();
        await manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician(userId: account));

        var response = await manager.Http.PostAsJsonAsync(MaintenanceApi.Technicians, MaintenanceApi.NewTechnician(userId: account));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "userId");
    }

    [Fact]
    public async Task A_technician_may_not_register_technicians()
    {
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);

        await (await technician.Http.PostAsJsonAsync(MaintenanceApi.Technicians, MaintenanceApi.NewTechnician())).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
