using Bunit;
using OpsPlatform.Admin.Modules.Administration;
using OpsPlatform.Admin.Modules.Administration.Api;
using OpsPlatform.Admin.Modules.Administration.DeadLetters;
using OpsPlatform.Admin.Modules.Administration.Users;
using OpsPlatform.Admin.Modules.Maintenance;
using OpsPlatform.Admin.Navigation;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Tests.Administration;

public sealed class AdministrationScreensTests
{
    private static readonly AdminNav Nav = new([MaintenanceNav.Group, AdministrationNav.Group]);

    private static AdminUser User(params string[] roles) => new(Guid.NewGuid(), "u@test.local", "U", roles);

    [Theory]
    [InlineData("manager")]
    [InlineData("technician")]
    [InlineData("client")]
    public void Only_admins_see_the_admin_section(string role) =>
        Nav.For(User(role)).ShouldNotContain(g => g.Group.Title == "Admin");

    [Fact]
    public void An_admin_sees_users_and_dead_letters_and_still_starts_on_the_board()
    {
        var admin = User("admin");

        Nav.For(admin).Single(g => g.Group.Title == "Admin").Links.Select(l => l.Title).ShouldBe(["Users and roles", "Dead letters"]);
        Nav.StartPageFor(admin).ShouldBe("/admin/maintenance/board");
    }

    [Theory]
    [InlineData(true, false, "active", "Active")]
    [InlineData(true, true, "locked", "Locked after failed sign-ins")]
    [InlineData(false, true, "deactivated", "Deactivated")]
    public async Task A_users_status_says_whether_they_can_sign_in(bool active, bool lockedOut, string word, string text)
    {
        await using var context = new BunitContext();
        context.Services.AddMudServicesForTests();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        var user = new UserAccount(Guid.NewGuid(), "a@test.local", "A", ["member"], lockedOut, active, DateTimeOffset.UtcNow);

        var chip = context.Render<UserStatusChip>(p => p.Add(c => c.User, user));

        chip.Find($"[data-user-status='{word}']").TextContent.ShouldContain(text);
    }

    [Fact]
    public void Dead_letters_name_their_queue_and_exception_briefly()
    {
        DeadLetterList.QueueName("local://opsplatform.maintenance.preventiveplanduehandler/").ShouldBe("opsplatform.maintenance.preventiveplanduehandler");
        DeadLetterList.ShortType("Npgsql.NpgsqlException").ShouldBe("NpgsqlException");
        DeadLetterList.ShortType("TimeoutException").ShouldBe("TimeoutException");
    }

    [Fact]
    public void Every_role_has_a_name_and_a_sentence() =>
        RoleNames.All.ShouldAllBe(r => RoleNames.Of(r) != r && RoleNames.What(r).Length > 0);
}
