using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Admin.Modules.Psa;
using OpsPlatform.Admin.Modules.Psa.Api;
using OpsPlatform.Admin.Modules.Psa.Projects;
using OpsPlatform.Admin.Modules.Psa.Time;
using OpsPlatform.Admin.Session;
using static OpsPlatform.Admin.Modules.Psa.Api.ProjectTaskStatus;

namespace OpsPlatform.Admin.Tests.Psa;

public sealed class PsaScreensTests
{
    private static readonly Guid ProjectId = Guid.NewGuid();
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private static (BunitContext Context, AdminUser User) Context(params string[] roles)
    {
        var context = new BunitContext();
        context.Services.AddMudServicesForTests();
        var user = context.Services.AddSignedInApiForTests(roles);
        context.Services.AddScoped<PsaClient>();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return (context, user);
    }

    private static ProjectDetails Project(Guid owner, bool archived = false) =>
        new(ProjectId, "ACME", "ERP", "Acme", "", ProjectStatus.Active, owner, null, null, null, null, null, archived, [], 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private static TaskSummary Task(string title, ProjectTaskStatus status, Guid? assignee) =>
        new(Guid.NewGuid(), ProjectId, title, assignee, null, TaskPriority.Normal, status);

    private static TimeEntry Entry(Guid user, DateOnly week, int minutes, TimeEntryStatus status, bool billable = true) =>
        new(Guid.NewGuid(), user, ProjectId, null, week.AddDays(1), week, minutes, "Work", billable, status, null, null, null, 1);

    [Theory]
    [InlineData(ToDo, new[] { InProgress, Blocked })]
    [InlineData(InProgress, new[] { Done, Blocked, ToDo })]
    [InlineData(Blocked, new[] { ToDo, InProgress })]
    [InlineData(Done, new[] { InProgress })]
    public void A_task_offers_the_workflows_moves(ProjectTaskStatus from, ProjectTaskStatus[] to) => TaskMoves.From(from).ShouldBe(to);

    [Fact]
    public void The_owner_and_admins_move_any_task_a_member_their_own_and_nobody_moves_an_archived_projects()
    {
        var owner = new AdminUser(Guid.NewGuid(), "o@test.local", "O", ["manager"]);
        var member = new AdminUser(Guid.NewGuid(), "m@test.local", "M", ["member"]);
        var admin = new AdminUser(Guid.NewGuid(), "a@test.local", "A", ["admin"]);
        var othersTask = Task("Theirs", ToDo, Guid.NewGuid());
        var membersTask = othersTask with { AssigneeId = member.Id };

        TaskMoves.For(othersTask, ProjectRights.Of(Project(owner.Id), owner)).ShouldNotBeEmpty();
        TaskMoves.For(othersTask, ProjectRights.Of(Project(owner.Id), admin)).ShouldNotBeEmpty();
        TaskMoves.For(othersTask, ProjectRights.Of(Project(owner.Id), member)).ShouldBeEmpty();
        TaskMoves.For(membersTask, ProjectRights.Of(Project(owner.Id), member)).ShouldBe([InProgress, Blocked]);
        TaskMoves.For(othersTask, ProjectRights.Of(Project(owner.Id, archived: true), owner)).ShouldBeEmpty();
        TaskMoves.For(othersTask, ProjectRights.ClientOnly).ShouldBeEmpty();
    }

    [Fact]
    public void Submitted_entries_group_into_one_week_per_person_and_other_statuses_stay_out()
    {
        var (ann, bob) = (Guid.NewGuid(), Guid.NewGuid());

        var weeks = PendingWeek.Of(
        [
            Entry(ann, Monday, 60, TimeEntryStatus.Submitted),
            Entry(ann, Monday, 30, TimeEntryStatus.Submitted, billable: false),
            Entry(ann, Monday.AddDays(-7), 45, TimeEntryStatus.Submitted),
            Entry(bob, Monday, 120, TimeEntryStatus.Approved),
            Entry(bob, Monday, 15, TimeEntryStatus.Draft),
        ]);

        weeks.ShouldBe([new PendingWeek(ann, Monday.AddDays(-7), 1, 45, 45), new PendingWeek(ann, Monday, 2, 90, 60)]);
    }

    [Fact]
    public async Task The_board_puts_tasks_in_their_columns_and_a_member_gets_buttons_on_their_own_only()
    {
        var (context, me) = Context("member");
        await using var _context = context;
        var rights = new ProjectRights(me.Id, Runs: false, Works: true);

        var board = context.Render<TaskBoard>(p => p
            .Add(b => b.Tasks, [Task("Mine", ToDo, me.Id), Task("Theirs", InProgress, Guid.NewGuid()), Task("Shipped", Done, me.Id)])
            .Add(b => b.Rights, rights));

        board.Find("[data-column='to_do']").TextContent.ShouldContain("Mine");
        board.Find("[data-column='in_progress']").TextContent.ShouldContain("Theirs");
        board.Find("[data-task='Mine']").QuerySelectorAll("[data-move]").Select(b => b.GetAttribute("data-move")).ShouldBe(["in_progress", "blocked"]);
        board.Find("[data-task='Theirs']").QuerySelectorAll("[data-move]").ShouldBeEmpty();
        board.Find("[data-task='Shipped']").QuerySelectorAll("[data-move]").Select(b => b.TextContent.Trim()).ShouldBe(["Start"]);
        board.Find("[data-task='Mine']").TextContent.ShouldContain("You");
    }

    [Fact]
    public async Task Only_the_owner_sees_the_weeks_to_approve()
    {
        var (context, me) = Context("manager");
        await using var _context = context;
        var member = Guid.NewGuid();
        TimeEntry[] entries = [Entry(member, Monday, 90, TimeEntryStatus.Submitted), Entry(member, Monday, 30, TimeEntryStatus.Approved)];

        var owner = context.Render<TimeEntries>(p => p.Add(t => t.ProjectId, ProjectId).Add(t => t.Entries, entries).Add(t => t.Rights, new ProjectRights(me.Id, true, true)));
        var worker = context.Render<TimeEntries>(p => p.Add(t => t.ProjectId, ProjectId).Add(t => t.Entries, entries).Add(t => t.Rights, new ProjectRights(me.Id, false, true)));

        owner.Find($"[data-week='{member}:2026-11-30']").TextContent.ShouldContain("1 h 30 min");
        owner.FindAll($"[data-approve='{member}']").Count.ShouldBe(1);
        worker.FindAll("#pending-weeks").ShouldBeEmpty();
        worker.FindAll("[data-entry-status='approved']").Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(45, "45 min")]
    [InlineData(60, "1 h")]
    [InlineData(135, "2 h 15 min")]
    public void Durations_read_in_hours_and_minutes(int minutes, string text) => Labels.Duration(minutes).ShouldBe(text);
}
