using OpsPlatform.Identity.Contracts;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Host.Api.Auth;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Host.Api.Development;

/// <summary>Demo accounts for each role, then each module's demo data; every step skips what already exists.</summary>
internal sealed class DemoSeeder(UserManager<OpsUser> users, IEnumerable<IDemoDataSeeder> modules, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, Guid>();
        foreach (var (role, email, name) in DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new OpsUser { UserName = email, Email = email, DisplayName = name, CreatedAt = clock.GetUtcNow() };
                (await users.CreateAsync(user, DemoAccounts.Password)).ThrowIfFailed();
                (await users.AddToRoleAsync(user, role)).ThrowIfFailed();
                logger.LogInformation("Created demo account {Email} ({Role})", email, role);
            }
            ids[role] = user.Id;
        }

        var demoUsers = new DemoUsers(ids["admin"], ids["manager"], ids["technician"], ids["inspector"], ids["client"], ids["member"]);
        foreach (var module in modules) await module.SeedAsync(demoUsers, cancellationToken);
    }
}
