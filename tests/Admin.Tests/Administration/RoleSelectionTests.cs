using OpsPlatform.Admin.Modules.Administration.Users;

namespace OpsPlatform.Admin.Tests.Administration;

public sealed class RoleSelectionTests
{
    [Fact]
    public void Ticked_roles_are_sent_in_the_platforms_order_and_only_a_difference_counts_as_a_change()
    {
        var selection = new RoleSelection(["member"]);
        selection.Changed.ShouldBeFalse();

        selection.Set("technician", true);
        selection.Set("admin", true);
        selection.Set("member", false);

        selection.Chosen.ShouldBe(["admin", "technician"]);
        selection.Changed.ShouldBeTrue();
        selection.Set("member", true);
        selection.Set("admin", false);
        selection.Set("technician", false);
        selection.Changed.ShouldBeFalse();
    }

    [Fact]
    public void A_role_the_ui_does_not_know_is_kept_as_it_was() =>
        new RoleSelection(["auditor", "manager"]).Chosen.ShouldBe(["manager", "auditor"]);
}
