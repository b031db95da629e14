using System.Net;

namespace OpsPlatform.Modules.Maintenance.Tests.Technicians.DeleteTechnician;

public sealed class DeleteTechnicianTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_technician_without_work_is_deleted_and_one_with_work_is_refused()
    {
        var crew = await api.CrewAsync();
        await crew.AssignedWorkOrderAsync();
        var spare = await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Spare"));

        await (await crew.Manager.Http.DeleteAsync($"{MaintenanceApi.Technicians}/{spare}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        var problem = await (await crew.Manager.Http.DeleteAsync($"{MaintenanceApi.Technicians}/{crew.TechnicianId}")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("detail").GetString()!.ShouldContain("inactive");
        await (await crew.Technician.Http.DeleteAsync($"{MaintenanceApi.Technicians}/{crew.TechnicianId}")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
