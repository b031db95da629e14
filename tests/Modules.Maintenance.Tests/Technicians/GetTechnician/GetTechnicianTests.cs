using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Technicians.GetTechnician;

public sealed class GetTechnicianTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_technician_reads_their_own_record_and_gets_404_for_a_colleague()
    {
        var crew = await api.CrewAsync();
        var colleague = await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Colleague"));

        await (await crew.Technician.Http.GetAsync($"{MaintenanceApi.Technicians}/{crew.TechnicianId}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.GetAsync($"{MaintenanceApi.Technicians}/{colleague}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await crew.Manager.Http.GetAsync($"{MaintenanceApi.Technicians}/{colleague}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_member_may_not_read_technicians()
    {
        var crew = await api.CrewAsync();
        var member = await api.SignInAsNewUserAsync(Roles.Member);

        await (await member.Http.GetAsync($"{MaintenanceApi.Technicians}/{crew.TechnicianId}")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
