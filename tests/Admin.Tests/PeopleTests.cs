using OpsPlatform.Admin.Session;
using OpsPlatform.Admin.Shared;

namespace OpsPlatform.Admin.Tests;

public sealed class PeopleTests
{
    [Fact]
    public void The_signed_in_user_is_you_and_people_made_in_the_same_moment_still_read_differently()
    {
        var now = DateTimeOffset.UtcNow;
        var (a, b) = (Guid.CreateVersion7(now), Guid.CreateVersion7(now));
        var me = new AdminUser(a, "me@test.local", "Me", ["member"]);

        People.Name(a, me).ShouldBe("You");
        People.Name(b, me).ShouldStartWith("Person ");
        People.Name(b, null).ShouldNotBe(People.Name(a, null));
        People.Name(null, me, "Unassigned").ShouldBe("Unassigned");
    }
}
