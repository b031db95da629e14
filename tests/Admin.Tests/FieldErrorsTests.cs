using System.Text.Json;
using OpsPlatform.Admin.Api;
using OpsPlatform.Admin.Shared;

namespace OpsPlatform.Admin.Tests;

public sealed class FieldErrorsTests
{
    [Fact]
    public void Row_messages_say_their_row_in_row_order_after_the_lists_own()
    {
        var problem = new ApiProblem(400, "Invalid.", null, new Dictionary<string, string[]>
        {
            ["weeklyAvailability[2].to"] = ["'to' must be after 'from'."],
            ["skills[0].name"] = ["'Name' must not be empty."],
            ["weeklyAvailability"] = ["The working hours on monday overlap."],
            ["weeklyAvailability[0].to"] = ["'to' must be after 'from'."],
            ["name"] = ["'Name' must not be empty."],
        }, default(JsonElement));

        problem.Rows("weeklyAvailability").ShouldBe(["The working hours on monday overlap.", "Row 1: 'to' must be after 'from'.", "Row 3: 'to' must be after 'from'."]);
        problem.Rows("Skills").ShouldBe(["Row 1: 'Name' must not be empty."]);
        problem.Rows("unavailability").ShouldBeEmpty();
        ((ApiProblem?)null).Rows("skills").ShouldBeEmpty();
    }
}
