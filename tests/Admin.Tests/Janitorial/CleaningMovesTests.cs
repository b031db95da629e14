using OpsPlatform.Admin.Modules.Janitorial;
using OpsPlatform.Admin.Modules.Janitorial.Api;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Tests.Janitorial;

public sealed class CleaningMovesTests
{
    private static readonly AdminUser Technician = new(Guid.NewGuid(), "t@test.local", "T", ["technician"]);

    private static Cleaning Cleaning(Guid crew, CleaningStatus status) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Site", crew, new DateOnly(2026, 12, 3), new TimeOnly(8, 0), new TimeOnly(10, 0), Frequency.Once, status);

    [Theory]
    [InlineData(CleaningStatus.Scheduled, new[] { CleaningStatus.InProgress, CleaningStatus.Cancelled })]
    [InlineData(CleaningStatus.InProgress, new[] { CleaningStatus.Completed, CleaningStatus.Cancelled })]
    [InlineData(CleaningStatus.Completed, new CleaningStatus[0])]
    [InlineData(CleaningStatus.Missed, new CleaningStatus[0])]
    [InlineData(CleaningStatus.Cancelled, new CleaningStatus[0])]
    public void A_technician_moves_their_own_cleaning_as_the_api_allows(CleaningStatus from, CleaningStatus[] moves) =>
        CleaningMoves.For(Cleaning(Technician.Id, from), Technician).ShouldBe(moves);

    [Fact]
    public void A_technician_gets_no_moves_on_someone_elses_cleaning() =>
        CleaningMoves.For(Cleaning(Guid.NewGuid(), CleaningStatus.Scheduled), Technician).ShouldBeEmpty();

    [Theory]
    [InlineData("manager", 2)]
    [InlineData("admin", 2)]
    [InlineData("inspector", 0)]
    [InlineData("client", 0)]
    public void Managers_move_anyones_cleaning_and_inspectors_and_clients_none(string role, int moves) =>
        CleaningMoves.For(Cleaning(Guid.NewGuid(), CleaningStatus.Scheduled), new AdminUser(Guid.NewGuid(), null, "U", [role])).Count.ShouldBe(moves);
}
