using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Technicians.GetMyTechnician;

public sealed class GetMyTechnicianTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_technician_finds_their_own_record_and_never_a_colleagues()
    {
        var crew = await api.CrewAsync();
        var colleague = await api.SignInAsNewUserAsync(Roles.Technician);
        var colleagueId = await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Colleague", userId: colleague.UserId));

        (await (await crew.Technician.Http.GetAsync($"{MaintenanceApi.Technicians}/me")).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("id").GetGuid().ShouldBe(crew.TechnicianId);
        (await (await colleague.Http.GetAsync($"{MaintenanceApi.Technicians}/me")).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("id").GetGuid().ShouldBe(colleagueId);
    }

    [Fact]
    public async Task Someone_with_no_technician_record_gets_404_and_a_member_403()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);

        await (await manager.Http.GetAsync($"{MaintenanceApi.Technicians}/me")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await member.Http.GetAsync($"{MaintenanceApi.Technicians}/me")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
