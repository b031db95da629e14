using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Modules;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Persistence;

public sealed class JanitorialDemoDataTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_demo_data_is_written_once_and_scoped_to_the_demo_users()
    {
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var client = await api.SignInAsNewUserAsync(Roles.Client);
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var users = new DemoUsers(Guid.NewGuid(), manager.UserId, technician.UserId, Guid.NewGuid(), client.UserId, Guid.NewGuid());

        for (var run = 0; run < 2; run++)
        {
            await using var scope = api.Services.CreateAsyncScope();
            var seeder = scope.ServiceProvider.GetServices<IDemoDataSeeder>().OfType<JanitorialDemoData>().ShouldHaveSingleItem();
            await seeder.SeedAsync(users, CancellationToken.None);
        }

        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_client_site")).ShouldBe(3);
        (await (await client.Http.GetAsync(JanitorialApi.Sites)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(2);
        (await (await client.Http.GetAsync(JanitorialApi.Inspections)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(2);
        (await (await technician.Http.GetAsync($"{JanitorialApi.Schedules}?pageSize=1&count=true")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("totalItems").GetInt64().ShouldBe(8 + 14 + 1);
        (await (await manager.Http.GetAsync($"{JanitorialApi.Inventory}/reorder")).ShouldHaveStatus(HttpStatusCode.OK)).Ids().Count.ShouldBe(1);
    }
}
