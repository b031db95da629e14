using OpsPlatform.Admin.Modules.Janitorial;
using OpsPlatform.Admin.Modules.Maintenance;
using OpsPlatform.Admin.Navigation;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Tests.Janitorial;

public sealed class JanitorialNavTests
{
    private static readonly AdminNav Nav = new([JanitorialNav.Group, MaintenanceNav.Group]);

    private static AdminUser User(params string[] roles) => new(Guid.NewGuid(), "u@test.local", "U", roles);

    private static string[] Links(AdminUser user) =>
        Nav.For(user).Where(g => g.Group.Title == "Janitorial").SelectMany(g => g.Links).Select(l => l.Title).ToArray();

    [Theory]
    [InlineData("client", "/admin/janitorial/sites")]
    [InlineData("manager", "/admin/maintenance/board")]
    [InlineData("technician", "/admin/maintenance/work-orders")]
    public void Clients_start_on_their_sites_and_the_others_keep_their_start_page(string role, string start) =>
        Nav.StartPageFor(User(role)).ShouldBe(start);

    [Fact]
    public void A_client_sees_sites_and_inspections_but_no_calendar_or_inventory() =>
        Links(User("client")).ShouldBe(["Sites", "Inspections"]);

    [Theory]
    [InlineData("manager")]
    [InlineData("technician")]
    [InlineData("inspector")]
    public void Staff_see_every_janitorial_screen(string role) =>
        Links(User(role)).ShouldBe(["Sites", "Cleaning calendar", "Inspections", "Inventory"]);
}
