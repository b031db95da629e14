using System.Net;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Licenses.RevealProductKey;

public sealed class RevealProductKeyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Key = "REVEAL-ME-1234-ABCD";

    [Fact]
    public async Task It_staff_reveal_the_key_and_each_reveal_is_recorded_with_who_and_when_newest_first()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var id = await manager.Http.CreateLicenseIdAsync(NewLicense(key: Key));

        var first = await (await manager.Http.PostAsync($"{LicensesRoute}/{id}/product-key/reveal", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await admin.Http.PostAsync($"{LicensesRoute}/{id}/product-key/reveal", null)).ShouldHaveStatus(HttpStatusCode.OK);

        first.GetProperty("productKey").GetString().ShouldBe(Key);
        var reveals = await (await manager.Http.GetAsync($"{LicensesRoute}/{id}/product-key/reveals")).ShouldHaveStatus(HttpStatusCode.OK);
        reveals.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("revealedBy").GetGuid()).ShouldBe([admin.UserId, manager.UserId]);
        reveals.GetProperty("items")[1].GetProperty("revealedAt").GetDateTimeOffset().ShouldBe(first.GetProperty("revealedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_seat_holder_sees_their_license_without_the_key_and_may_neither_reveal_it_nor_read_the_reveals()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var holder = await api.SignInAsNewUserAsync(Roles.Member);
        var id = await manager.Http.CreateLicenseIdAsync(NewLicense(key: Key));
        await (await manager.Http.AssignSeatAsync(id, holder.UserId)).ShouldHaveStatus(HttpStatusCode.Created);

        var seen = await holder.Http.GetAsync($"{LicensesRoute}/{id}");
        (await seen.Content.ReadAsStringAsync()).ShouldNotContain(Key);
        await seen.ShouldHaveStatus(HttpStatusCode.OK);
        (await holder.Http.GetStringAsync("/api/it-assets/my/licenses")).ShouldNotContain(Key);
        (await holder.Http.GetStringAsync($"{LicensesRoute}/{id}/seats")).ShouldNotContain(Key);
        await (await holder.Http.PostAsync($"{LicensesRoute}/{id}/product-key/reveal", null)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await holder.Http.GetAsync($"{LicensesRoute}/{id}/product-key/reveals")).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await api.ScalarAsync<long>("SELECT count(*) FROM it_assets.mt_doc_product_key_reveal WHERE license_id = $1", id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_license_without_a_key_has_nothing_to_reveal_and_an_unknown_one_is_a_404()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.CreateLicenseIdAsync(NewLicense(key: null));

        await (await manager.Http.PostAsync($"{LicensesRoute}/{id}/product-key/reveal", null)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "productKey");
        await (await manager.Http.PostAsync($"{LicensesRoute}/{Guid.NewGuid()}/product-key/reveal", null)).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
