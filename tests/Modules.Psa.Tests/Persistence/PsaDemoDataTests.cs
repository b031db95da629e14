using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Psa.Persistence;

namespace OpsPlatform.Modules.Psa.Tests.Persistence;

public sealed class PsaDemoDataTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_demo_data_is_written_once_and_scoped_to_the_demo_users()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var client = await api.SignInAsNewUserAsync(Roles.Client);
        var users = new DemoUsers(Guid.NewGuid(), manager.UserId, Guid.NewGuid(), Guid.NewGuid(), client.UserId, member.UserId);

        for (var run = 0; run < 2; run++)
        {
            await using var scope = api.Services.CreateAsyncScope();
            var seeder = scope.ServiceProvider.GetServices<IDemoDataSeeder>().OfType<PsaDemoData>().ShouldHaveSingleItem();
            await seeder.SeedAsync(users, CancellationToken.None);
        }

        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.mt_doc_project")).ShouldBe(3);
        (await (await manager.Http.GetAsync(PsaApi.Projects)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(3);
        var erp = (await (await client.Http.GetAsync(PsaApi.Projects)).ShouldHaveStatus(HttpStatusCode.OK)).Items().Single().Id();
        (await (await client.Http.GetAsync($"{PsaApi.Projects}/{erp}/status-updates")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(1);
        (await (await member.Http.GetAsync($"{PsaApi.Tasks}?mine=true")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(2);
        (await (await member.Http.GetAsync($"{PsaApi.Tasks}?overdue=true")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(1);
        (await (await member.Http.GetAsync($"{PsaApi.Projects}/{erp}/budget-burn")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("loggedHours").GetDecimal().ShouldBe(5.5m);
    }
}
