using System.Net;

namespace OpsPlatform.Modules.Maintenance.Tests.Persistence;

public sealed class DemoHost : ApiFactory
{
    public DemoHost() => WithSetting("Seed:Demo", "true");
}

public sealed class MaintenanceDemoDataTests(DemoHost api) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task A_demo_host_starts_with_work_orders_technicians_a_booking_and_a_scheduled_plan()
    {
        var technician = await api.SignInAsync("technician@ops.local", "Demo-Passw0rd!");
        var manager = await api.SignInAsync("manager@ops.local", "Demo-Passw0rd!");

        (await (await manager.GetAsync(MaintenanceApi.WorkOrders)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(4);
        (await (await technician.GetAsync(MaintenanceApi.WorkOrders)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(2);
        (await (await manager.GetAsync(MaintenanceApi.Technicians)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(2);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_schedule_entry")).ShouldBe(1);
        (await api.ScalarAsync<string>(
            "SELECT e.serial_number FROM maintenance.mt_doc_work_order w JOIN maintenance.mt_doc_equipment e ON e.id = w.equipment_id WHERE w.title = 'Boiler pressure low'"))
            .ShouldBe("BLR-0003", "each demo work order is on the equipment its title names");
        (await api.ScalarAsync<long>("""
            SELECT count(*) FROM maintenance.scheduled_keys k JOIN wolverine.wolverine_incoming_envelopes e ON e.id = ANY(k.envelope_ids)
            WHERE k.key LIKE 'pm-due:%' AND e.status = 'Scheduled'
            """)).ShouldBe(1);
    }
}
