using OpsPlatform.Admin.Modules.Janitorial.Api;
using OpsPlatform.Admin.Modules.Janitorial.Inspections;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Tests.Janitorial;

public sealed class InspectionFormTests
{
    [Fact]
    public void A_correction_starts_from_what_was_recorded_and_sends_the_date_the_input_gave()
    {
        var recorded = new InspectionDetails(Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), new DateOnly(2026, 11, 20), 64, 80, false,
            "Bins overflowing", null, "https://photos.example.com/a.jpg", 3, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

        var form = InspectionForm.From(recorded);

        form.Date.ShouldBe("2026-11-20");
        form.InspectionDate.ShouldBe(new DateOnly(2026, 11, 20));
        form.Score.ShouldBe(64);
        form.Date = "";
        form.InspectionDate.ShouldBeNull("an empty date goes to the API as missing, and its message shows at the field");
    }

    [Fact]
    public void Blank_optional_text_is_sent_as_nothing() =>
        (InspectionForm.Blank("  "), InspectionForm.Blank(" Re-mop ")).ShouldBe((null, "Re-mop"));

    [Theory]
    [InlineData("manager", true, true)]
    [InlineData("inspector", true, true)]
    [InlineData("technician", true, false)]
    [InlineData("client", false, false)]
    public void Forms_follow_the_apis_role_gates(string role, bool record, bool correct)
    {
        var user = new AdminUser(Guid.NewGuid(), null, "U", [role]);

        InspectionRights.MayRecord(user).ShouldBe(record);
        InspectionRights.MayCorrect(user).ShouldBe(correct);
    }
}
