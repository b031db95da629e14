using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Technicians.ListTechnicians;

public sealed class ListTechniciansTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Technicians_are_filtered_by_skill_and_sorted_by_name()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Zoe", skills: [new { name = "welding", level = 3 }]));
        await manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Adam", skills: [new { name = "welding", level = 1 }, new { name = "hvac", level = 2 }]));
        await manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Mia", skills: [new { name = "hvac", level = 5 }]));

        var welders = await (await manager.Http.GetAsync($"{MaintenanceApi.Technicians}?skill=Welding")).ShouldHaveStatus(HttpStatusCode.OK);
        var all = await (await manager.Http.GetAsync($"{MaintenanceApi.Technicians}?sort=-name")).ShouldHaveStatus(HttpStatusCode.OK);

        welders.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(["Adam", "Zoe"]);
        all.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(["Zoe", "Mia", "Adam"]);
    }

    [Fact]
    public async Task A_technician_may_not_list_technicians()
    {
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);

        await (await technician.Http.GetAsync(MaintenanceApi.Technicians)).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
