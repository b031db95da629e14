using OpsPlatform.Admin.Api;
using OpsPlatform.Admin.Modules.Janitorial;
using OpsPlatform.Admin.Modules.Janitorial.Api;

namespace OpsPlatform.Admin.Tests.Janitorial;

public sealed class JanitorialLabelsTests
{
    public static TheoryData<Enum> EveryApiWord() =>
    [
        .. Enum.GetValues<CleaningStatus>().Cast<Enum>(),
        .. Enum.GetValues<Frequency>().Cast<Enum>(),
        .. Enum.GetValues<ServiceLevel>().Cast<Enum>(),
        .. Enum.GetValues<SiteRole>().Cast<Enum>(),
    ];

    [Theory]
    [MemberData(nameof(EveryApiWord))]
    public void Every_api_word_has_a_human_label(Enum value)
    {
        var label = value switch
        {
            CleaningStatus s => Labels.Of(s),
            Frequency f => Labels.Of(f),
            ServiceLevel l => Labels.Of(l),
            SiteRole r => Labels.Of(r),
            _ => throw new InvalidOperationException(),
        };

        label.ShouldNotContain("_");
        label.ShouldNotBe(ApiWords.Of(value), "a label is written for people, not the API's word");
        char.IsUpper(label[0]).ShouldBeTrue();
    }

    [Fact]
    public void Labels_read_as_words()
    {
        ApiWords.Of(CleaningStatus.InProgress).ShouldBe("in_progress");
        Labels.Of(CleaningStatus.InProgress).ShouldBe("In progress");
        Labels.Of(Frequency.Biweekly).ShouldBe("Every two weeks");
        Labels.MoveTo(CleaningStatus.InProgress).ShouldBe("Start");
        Labels.Outcome(false).ShouldBe("Failed");
    }
}
