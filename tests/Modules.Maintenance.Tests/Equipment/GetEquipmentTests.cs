using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Equipment;

public sealed class GetEquipmentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Any_signed_in_user_reads_equipment_by_id()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var created = await (await manager.Http.Register(EquipmentApi.NewEquipment("SN-GET-1"))).ShouldHaveStatus(HttpStatusCode.Created);
        var member = await api.SignInAsNewUserAsync(Roles.Member);

        var body = await (await member.Http.GetAsync($"{EquipmentApi.Route}/{created.GetProperty("id").GetGuid()}")).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("serialNumber").GetString().ShouldBe("SN-GET-1");
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_problem()
    {
        var member = await api.SignInAsNewUserAsync(Roles.Member);

        var response = await member.Http.GetAsync($"{EquipmentApi.Route}/{Guid.NewGuid()}");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
