using OpsPlatform.Admin.Modules.Maintenance;
using OpsPlatform.Admin.Navigation;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Tests;

public sealed class AdminNavTests
{
    private static readonly AdminNav Nav = new([MaintenanceNav.Group]);

    private static AdminUser User(params string[] roles) => new(Guid.NewGuid(), "u@test.local", "U", roles);

    [Theory]
    [InlineData("manager", "/admin/maintenance/board")]
    [InlineData("admin", "/admin/maintenance/board")]
    [InlineData("technician", "/admin/maintenance/work-orders")]
    [InlineData("member", "/admin/maintenance/work-orders")]
    [InlineData("client", AdminNav.Fallback)]
    public void Each_role_starts_on_its_own_page(string role, string start) =>
        Nav.StartPageFor(User(role)).ShouldBe(start);

    [Fact]
    public void A_technician_sees_my_work_and_no_board()
    {
        var links = Nav.For(User("technician")).SelectMany(g => g.Links).Select(l => l.Title).ToArray();

        links.ShouldContain("My work");
        links.ShouldContain("My week");
        links.ShouldNotContain("Work order board");
    }

    [Fact]
    public void Managers_find_technicians_plans_and_reports_and_a_technician_does_not()
    {
        string[] managerOnly = ["Technicians", "Preventive plans", "Reports"];
        var manager = Nav.For(User("manager")).SelectMany(g => g.Links).Select(l => l.Title).ToArray();
        var technician = Nav.For(User("technician")).SelectMany(g => g.Links).Select(l => l.Title).ToArray();

        manager.ShouldBe(["Work order board", "Work orders", "Equipment", .. managerOnly]);
        technician.ShouldNotContain(l => managerOnly.Contains(l));
        manager.ShouldNotContain("My week");
    }
}
