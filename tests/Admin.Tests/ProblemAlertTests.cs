using System.Text.Json;
using Bunit;
using OpsPlatform.Admin.Api;
using OpsPlatform.Admin.Shared;

namespace OpsPlatform.Admin.Tests;

public sealed class ProblemAlertTests : BunitContext
{
    private static ApiProblem Problem(int status, string title, string? detail, Dictionary<string, string[]>? errors = null) =>
        new(status, title, detail, errors ?? [], default(JsonElement));

    public ProblemAlertTests()
    {
        Services.AddMudServicesForTests();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Field_errors_shown_at_their_fields_are_not_repeated_and_others_are_listed()
    {
        var problem = Problem(400, "One or more fields are invalid.", "'entry' must not be empty. 'when' is wrong.",
            new() { ["entry"] = ["'entry' must not be empty."], ["when"] = ["'when' is wrong."] });

        var alert = Render<ProblemAlert>(p => p.Add(a => a.Problem, problem).Add(a => a.Shown, ["entry"]));

        alert.Markup.ShouldContain("One or more fields are invalid.");
        alert.Markup.ShouldNotContain("'entry' must not be empty.");
        alert.Markup.ShouldContain("when: 'when' is wrong.");
    }

    [Fact]
    public void A_list_named_as_shown_hides_the_list_and_its_rows_but_not_a_longer_name()
    {
        var problem = Problem(400, "Invalid.", null, new()
        {
            ["skills"] = ["At most 50 skills."],
            ["skills[3].level"] = ["A skill level is from 1 to 5."],
            ["skillset"] = ["Unknown."],
        });

        var alert = Render<ProblemAlert>(p => p.Add(a => a.Problem, problem).Add(a => a.Shown, ["skills[]"]));

        alert.Markup.ShouldNotContain("At most 50 skills.");
        alert.Markup.ShouldNotContain("A skill level is from 1 to 5.");
        alert.Markup.ShouldContain("skillset: Unknown.");
    }

    [Fact]
    public void A_conflict_offers_a_reload_that_calls_back()
    {
        var reloaded = false;
        var problem = Problem(409, "Conflict.", "This record was changed by someone else.");

        var alert = Render<ProblemAlert>(p => p.Add(a => a.Problem, problem).Add(a => a.OnReload, () => reloaded = true).Add(a => a.Id, "p"));
        alert.Find("#p-reload").Click();

        reloaded.ShouldBeTrue();
        alert.Markup.ShouldContain("This record was changed by someone else.");
    }

    [Fact]
    public void Nothing_renders_without_a_problem() =>
        Render<ProblemAlert>().Markup.Trim().ShouldBeEmpty();
}
