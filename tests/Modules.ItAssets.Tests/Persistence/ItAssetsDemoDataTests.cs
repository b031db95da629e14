using System.Net;

namespace OpsPlatform.Modules.ItAssets.Tests.Persistence;

public sealed class DemoHost : ApiFactory
{
    public DemoHost() => WithSetting("Seed:Demo", "true");
}

public sealed class ItAssetsDemoDataTests(DemoHost api) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task A_demo_host_has_hardware_licenses_seats_and_a_report_to_click_through()
    {
        var manager = await api.SignInAsync("manager@ops.local", "Demo-Passw0rd!");
        var technician = await api.SignInAsync("technician@ops.local", "Demo-Passw0rd!");

        (await (await manager.GetAsync("/api/it-assets/hardware")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(6);
        (await (await technician.GetAsync("/api/it-assets/my/hardware")).ShouldHaveStatus(HttpStatusCode.OK)).Strings("assetTag").ShouldBe(["LT-0001"]);
        (await (await technician.GetAsync("/api/it-assets/my/licenses")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(2);
        var report = await (await manager.GetAsync("/api/it-assets/reports/compliance")).ShouldHaveStatus(HttpStatusCode.OK);
        report.GetProperty("expiredLicensesInUse").GetProperty("count").GetInt64().ShouldBe(1);
        report.GetProperty("licensesEndingSoon").GetProperty("count").GetInt64().ShouldBe(1);
        report.GetProperty("overdueReturns").GetProperty("count").GetInt64().ShouldBe(1);
        (await api.ScalarAsync<long>("SELECT count(*) FROM it_assets.mt_doc_software_license WHERE data::text LIKE '%DEMO1-OFFIC%'")).ShouldBe(0);
    }
}
