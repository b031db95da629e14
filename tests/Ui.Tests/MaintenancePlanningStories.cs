using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace OpsPlatform.Ui.Tests;

/// <summary>A manager's planning screens: technicians with their week, preventive plans, reports; changes made elsewhere arrive live.</summary>
public sealed class MaintenancePlanningStories(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_manager_registers_a_technician_after_a_refusal_and_sees_a_booking_arrive_in_their_week()
    {
        var crew = await host.CrewAsync();
        var name = $"Alex Pipes {Guid.NewGuid().ToString("N")[..4]}";
        var page = await host.NewPageAsync();
        await page.SignInAsync(crew.Manager.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.GetByRole(AriaRole.Link, new() { Name = "Technicians" }).ClickAsync();
        await page.Locator("#technicians").GetByText(crew.TechnicianName).WaitForAsync();
        await page.ClickAsync("#register-link");
        await page.ClickAsync("#add-skill");
        await page.Locator("input[name='skill-0']").FillAsync("plumbing");
        await page.ClickAsync("#technician-submit");

        await page.Locator("#technician-form .mud-input-helper-text").GetByText("'Name' must not be empty.").WaitForAsync();
        (await page.Locator("input[name='skill-0']").InputValueAsync()).ShouldBe("plumbing");
        await page.Locator("input[name='name']").FillAsync(name);
        await page.ClickAsync("#technician-submit");

        await page.Locator("#technician-name").GetByText(name).WaitForAsync();
        await page.Locator("#technician-skills").GetByText("plumbing · 3").WaitForAsync();
        await page.Locator("#technician-hours").GetByText("Friday · 08:00 – 16:00").WaitForAsync();
        await page.Locator("#live-badge").GetByText("Live").WaitForAsync();
        var technicianId = Guid.Parse(page.Url.Split('/').Last().Split('?')[0]);

        // The manager's colleague books the new technician on a work order through the API: the week shows it.
        var workOrderId = await crew.RaiseAsync("Flush the hot-water tank");
        var today = DateTime.UtcNow.Date;
        await (await crew.Manager.Http.PostAsJsonAsync($"/api/maintenance/work-orders/{workOrderId}/schedule-entries", new
        {
            technicianId,
            startsAt = new DateTimeOffset(today.AddHours(10), TimeSpan.Zero),
            endsAt = new DateTimeOffset(today.AddHours(11), TimeSpan.Zero),
            @override = true,
        })).ShouldHaveStatus(HttpStatusCode.Created);

        await page.Locator($"#agenda td[data-day='{today:yyyy-MM-dd}'] .agenda-booking").GetByText("Flush the hot-water tank").WaitForAsync();
        await page.Locator("#agenda-booked").GetByText("1 h booked this week").WaitForAsync();
        await page.ScreenshotAsync("technician-agenda");
    }

    [Fact]
    public async Task A_manager_plans_maintenance_after_a_refused_lead_time_then_pauses_and_resumes_it()
    {
        var crew = await host.CrewAsync();
        var title = $"Chiller coil clean {Guid.NewGuid().ToString("N")[..4]}";
        var page = await host.NewPageAsync();
        await page.SignInAsync(crew.Manager.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        // From the equipment's page, which names it in the new plan.
        await page.GotoAsync($"/admin/maintenance/equipment/{crew.EquipmentId}");
        await page.ClickAsync("#plan-for-equipment");
        await page.Heading().GetByText("Plan preventive maintenance").WaitForAsync();
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('#plan-form input')].some(i => i.value.includes('Rooftop chiller')) || document.querySelector('#plan-equipment')?.innerText.includes('Rooftop chiller')");
        await page.Locator("input[name='title']").FillAsync(title);
        await page.Locator("textarea[name='description']").FillAsync("Clean the condenser coils and check the fins.");
        await page.Locator("input[name='leadTimeDays']").FillAsync("45");
        await page.ClickAsync("#plan-submit");

        await page.Locator("#plan-form .mud-input-helper-text").GetByText("must be shorter than the interval", new() { Exact = false }).WaitForAsync();
        (await page.Locator("input[name='title']").InputValueAsync()).ShouldBe(title);
        await page.Locator("input[name='leadTimeDays']").FillAsync("5");
        await page.ClickAsync("#plan-submit");

        var row = page.Locator("#plans tr").Filter(new() { HasText = title });
        await row.Locator("[data-plan-status='running']").WaitForAsync();
        await row.GetByText("Every month").WaitForAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await row.Locator("[data-plan-status='paused']").WaitForAsync();
        (await host.ScalarAsync<bool>("SELECT active FROM maintenance.mt_doc_preventive_plan WHERE title = $1", title)).ShouldBeFalse();

        await row.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await row.Locator("[data-plan-status='running']").WaitForAsync();
        await page.ScreenshotAsync("preventive-plans");
    }

    [Fact]
    public async Task A_technician_opens_their_own_week_from_the_navigation_and_may_only_read_it()
    {
        var crew = await host.CrewAsync();
        var workOrderId = await crew.RaiseAssignedAsync("Bleed the radiators");
        var today = DateTime.UtcNow.Date;
        await (await crew.Manager.Http.PostAsJsonAsync($"/api/maintenance/work-orders/{workOrderId}/schedule-entries", new
        {
            technicianId = crew.TechnicianId,
            startsAt = new DateTimeOffset(today.AddHours(9), TimeSpan.Zero),
            endsAt = new DateTimeOffset(today.AddHours(10), TimeSpan.Zero),
            @override = true,
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var page = await host.NewPageAsync();
        await page.SignInAsync(crew.Technician.Email);
        await page.WaitForURLAsync("**/admin/maintenance/work-orders");

        await page.GetByRole(AriaRole.Link, new() { Name = "My week" }).ClickAsync();

        await page.WaitForURLAsync($"**/admin/maintenance/technicians/{crew.TechnicianId}");
        await page.Locator("#technician-name").GetByText(crew.TechnicianName).WaitForAsync();
        await page.Locator($"#agenda td[data-day='{today:yyyy-MM-dd}'] .agenda-booking").GetByText("Bleed the radiators").WaitForAsync();
        (await page.Locator("#edit-technician").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_reports_count_a_work_order_raised_elsewhere_without_a_reload()
    {
        var crew = await host.CrewAsync();
        var page = await host.NewPageAsync();
        await page.SignInAsync(crew.Manager.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.GotoAsync("/admin/maintenance/reports");
        await page.Locator("#open-report").WaitForAsync();
        await page.Locator("#live-badge").GetByText("Live").WaitForAsync();
        var urgent = page.Locator("#open-table tr[data-priority='urgent'] td").Nth(5);
        var before = int.Parse(await urgent.InnerTextAsync());

        await crew.RaiseAsync("Generator will not start", "urgent");

        await page.Locator("#open-table tr[data-priority='urgent'] td").Nth(5).GetByText((before + 1).ToString(), new() { Exact = true }).WaitForAsync();
        (await page.Locator("#open-report svg").CountAsync()).ShouldBeGreaterThan(0);
        await page.ScreenshotAsync("maintenance-reports");
    }
}
