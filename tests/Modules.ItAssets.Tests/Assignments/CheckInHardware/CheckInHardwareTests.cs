using System.Net;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Assignments.CheckInHardware;

public sealed class CheckInHardwareTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>
    /// A losing check-in read the asset and its assignment before the winner committed: both of its updates are stale,
    /// and Marten reports the two at once (an AggregateException), which was a 500 until ModuleSession unwrapped it.
    /// Found by the contention run of bench/it-assets.
    /// </summary>
    [Fact]
    public async Task Concurrent_check_ins_of_one_asset_close_its_assignment_once_and_the_others_are_409()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.RegisterHardwareIdAsync();

        for (var round = 1; round <= 3; round++)
        {
            await (await manager.Http.CheckOutAsync(id, Guid.NewGuid())).ShouldHaveStatus(HttpStatusCode.Created);

            var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => manager.Http.CheckInAsync(id)));

            responses.Select(r => r.StatusCode).Where(s => s is not HttpStatusCode.OK and not HttpStatusCode.Conflict).ShouldBeEmpty();
            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
            foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
                await refused.ShouldBeProblem(HttpStatusCode.Conflict);
        }

        (await api.ScalarAsync<long>("SELECT count(*) FROM it_assets.mt_doc_assignment WHERE hardware_id = $1", id)).ShouldBe(3);
        (await api.ScalarAsync<long>("SELECT count(*) FROM it_assets.mt_doc_assignment WHERE hardware_id = $1 AND open_hardware_id IS NOT NULL", id)).ShouldBe(0);
        var history = await (await manager.Http.GetAsync($"{HardwareRoute}/{id}/history")).ShouldHaveStatus(HttpStatusCode.OK);
        history.EnumerateArray().Count(h => h.GetProperty("kind").GetString() == "checked_in").ShouldBe(3);
        var asset = await (await manager.Http.GetAsync($"{HardwareRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        asset.GetProperty("stage").GetString().ShouldBe("in_stock");
    }
}
