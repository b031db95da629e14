using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Equipment;

public sealed class DeleteEquipmentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Unused_equipment_is_deleted_and_equipment_with_work_orders_is_refused()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var unused = await manager.Http.RegisterEquipmentAsync();
        var used = await manager.Http.RegisterEquipmentAsync();
        await manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(used));

        await (await manager.Http.DeleteAsync($"{EquipmentApi.Route}/{unused}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        var problem = await (await manager.Http.DeleteAsync($"{EquipmentApi.Route}/{used}")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("detail").GetString()!.ShouldContain("retire");
        await (await manager.Http.GetAsync($"{EquipmentApi.Route}/{unused}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_technician_may_not_delete_equipment()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var equipment = await manager.Http.RegisterEquipmentAsync();

        await (await technician.Http.DeleteAsync($"{EquipmentApi.Route}/{equipment}")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
