using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Licenses.CreateLicense;

public sealed class CreateLicenseTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Key = "SECRET-KEY-7Q2W-9XZ4";

    [Fact]
    public async Task A_license_is_stored_with_its_key_encrypted_and_no_response_or_list_carries_the_key()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(LicensesRoute, NewLicense("Visio", key: Key));
        var text = await response.Content.ReadAsStringAsync();
        var created = await response.ShouldHaveStatus(HttpStatusCode.Created);

        text.ShouldNotContain(Key);
        created.TryGetProperty("productKey", out _).ShouldBeFalse();
        created.GetProperty("hasProductKey").GetBoolean().ShouldBeTrue();
        created.GetProperty("seatsOwned").GetInt32().ShouldBe(5);
        created.GetProperty("seatsAvailable").GetInt32().ShouldBe(5);
        var id = created.GetProperty("id").GetGuid();
        (await api.ScalarAsync<string>("SELECT data::text FROM it_assets.mt_doc_software_license WHERE id = $1", id))!.ShouldNotContain(Key);
        (await api.ScalarAsync<long>("SELECT count(*) FROM it_assets.mt_doc_software_license WHERE data::text LIKE '%' || $1 || '%'", "7Q2W")).ShouldBe(0);
        (await manager.Http.GetStringAsync(LicensesRoute)).ShouldNotContain(Key);
        (await manager.Http.GetStringAsync($"{LicensesRoute}/{id}")).ShouldNotContain(Key);
    }

    [Fact]
    public async Task Each_model_needs_what_it_counts_by()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.PostAsJsonAsync(LicensesRoute, NewLicense(seats: null))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "seatsOwned");
        await (await manager.Http.PostAsJsonAsync(LicensesRoute, NewLicense(model: "subscription", seats: 10))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "billingPeriod");
        var subscription = await manager.Http.CreateLicenseAsync(NewLicense(model: "subscription", seats: 10, billingPeriod: "monthly"));
        subscription.GetProperty("billingPeriod").GetString().ShouldBe("monthly");
        var site = await manager.Http.CreateLicenseAsync(NewLicense(model: "per_site", seats: 10));
        site.GetProperty("seatsOwned").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await (await manager.Http.PostAsJsonAsync(LicensesRoute, NewLicense(model: "per_galaxy"))).ShouldBeProblem(HttpStatusCode.BadRequest, "model");
        await (await manager.Http.PostAsJsonAsync(LicensesRoute, NewLicense(seats: 0))).ShouldBeProblem(HttpStatusCode.BadRequest, "seatsOwned");
    }

    [Fact]
    public async Task Lists_filter_by_model_vendor_and_expiry_and_refuse_unknown_parameters()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await manager.Http.CreateLicenseAsync(NewLicense("Filter-A", expiresOn: "2026-02-01"));
        await manager.Http.CreateLicenseAsync(NewLicense("Filter-B", model: "unlimited", expiresOn: "2031-01-01"));

        (await (await manager.Http.GetAsync($"{LicensesRoute}?model=unlimited")).ShouldHaveStatus(HttpStatusCode.OK)).Strings("productName").ShouldContain("Filter-B");
        (await (await manager.Http.GetAsync($"{LicensesRoute}?model=unlimited")).ShouldHaveStatus(HttpStatusCode.OK)).Strings("productName").ShouldNotContain("Filter-A");
        (await (await manager.Http.GetAsync($"{LicensesRoute}?expiresBefore=2027-01-01&vendor=Microsoft")).ShouldHaveStatus(HttpStatusCode.OK)).Strings("productName").ShouldBe(["Filter-A"]);
        await (await manager.Http.GetAsync($"{LicensesRoute}?key=1")).ShouldBeProblem(HttpStatusCode.BadRequest, "key");
    }

    [Fact]
    public async Task Lowering_the_seats_owned_below_those_in_use_is_a_422_and_a_stale_version_a_409()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.CreateLicenseIdAsync(NewLicense(seats: 2));
        await (await manager.Http.AssignSeatAsync(id, Guid.NewGuid())).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.AssignSeatAsync(id, Guid.NewGuid())).ShouldHaveStatus(HttpStatusCode.Created);
        var version = (await (await manager.Http.GetAsync($"{LicensesRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("version").GetInt32();

        await (await manager.Http.PutAsJsonAsync($"{LicensesRoute}/{id}", Edit(seats: 1, version))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "seatsOwned");
        var more = await (await manager.Http.PutAsJsonAsync($"{LicensesRoute}/{id}", Edit(seats: 4, version))).ShouldHaveStatus(HttpStatusCode.OK);
        more.GetProperty("seatsAvailable").GetInt32().ShouldBe(2);
        more.GetProperty("hasProductKey").GetBoolean().ShouldBeTrue(); // no key sent: the stored one stays
        await (await manager.Http.PutAsJsonAsync($"{LicensesRoute}/{id}", Edit(seats: 5, version))).ShouldBeProblem(HttpStatusCode.Conflict);

        static object Edit(int seats, int version) => new
        {
            productName = "Office 365", vendor = "Microsoft", model = "per_seat", seatsOwned = seats, expiresOn = "2030-01-01", version,
        };
    }

    [Theory]
    [InlineData(Roles.Member)]
    [InlineData(Roles.Technician)]
    public async Task Only_it_staff_create_update_or_list_licenses(string role)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var someone = await api.SignInAsNewUserAsync(role);
        var id = await manager.Http.CreateLicenseIdAsync();

        await (await someone.Http.PostAsJsonAsync(LicensesRoute, NewLicense())).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await someone.Http.PutAsJsonAsync($"{LicensesRoute}/{id}", new { productName = "X", model = "unlimited", version = 1 })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await someone.Http.GetAsync(LicensesRoute)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await someone.Http.GetAsync($"{LicensesRoute}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
