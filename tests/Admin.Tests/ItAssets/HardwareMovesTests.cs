using OpsPlatform.Admin.Modules.ItAssets;
using OpsPlatform.Admin.Modules.ItAssets.Api;
using static OpsPlatform.Admin.Modules.ItAssets.Api.LifecycleStage;

namespace OpsPlatform.Admin.Tests.ItAssets;

public sealed class HardwareMovesTests
{
    private static HardwareDetails Hardware(LifecycleStage stage, HardwareStatus status = HardwareStatus.Ready, bool checkedOut = false) =>
        new(Guid.NewGuid(), "LT-1", "Laptop", null, null, HardwareCategory.Laptop, null, null, null, null, null, null, null, stage, status,
            checkedOut ? Guid.NewGuid() : null, null, checkedOut ? Guid.NewGuid() : null, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData(Ordered, false, new[] { InStock })]
    [InlineData(InStock, false, new[] { InRepair, Retired })]
    [InlineData(Deployed, true, new[] { InRepair })]
    [InlineData(InRepair, true, new[] { Deployed })]
    [InlineData(InRepair, false, new[] { InStock, Retired })]
    [InlineData(Retired, false, new[] { InStock, Disposed })]
    [InlineData(Disposed, false, new LifecycleStage[0])]
    public void Only_the_lifecycles_moves_from_the_current_stage_are_offered(LifecycleStage stage, bool checkedOut, LifecycleStage[] expected) =>
        HardwareMoves.For(Hardware(stage, checkedOut: checkedOut), isItStaff: true).Stages.ShouldBe(expected);

    [Fact]
    public void Check_out_needs_ready_hardware_in_stock_and_check_in_an_open_assignment()
    {
        HardwareMoves.For(Hardware(InStock), true).CanCheckOut.ShouldBeTrue();
        HardwareMoves.For(Hardware(InStock, HardwareStatus.Broken), true).CanCheckOut.ShouldBeFalse();
        HardwareMoves.For(Hardware(Ordered), true).CanCheckOut.ShouldBeFalse();
        HardwareMoves.For(Hardware(Deployed, checkedOut: true), true).CanCheckIn.ShouldBeTrue();
        HardwareMoves.For(Hardware(InRepair, checkedOut: true), true).CanCheckIn.ShouldBeTrue();
        HardwareMoves.For(Hardware(InStock), true).CanCheckIn.ShouldBeFalse();
    }

    [Fact]
    public void Status_moves_are_every_other_status_and_none_once_disposed()
    {
        HardwareMoves.For(Hardware(InStock), true).Statuses.ShouldBe([HardwareStatus.Pending, HardwareStatus.Broken, HardwareStatus.Lost]);
        HardwareMoves.For(Hardware(Disposed), true).Statuses.ShouldBeEmpty();
    }

    [Fact]
    public void Someone_who_is_not_it_staff_gets_no_action_even_on_what_they_hold() =>
        HardwareMoves.For(Hardware(Deployed, checkedOut: true), isItStaff: false).Any.ShouldBeFalse();
}
