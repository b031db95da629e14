using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.RaiseWorkOrder;

public sealed class RaiseWorkOrderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_raises_an_open_work_order_and_its_event_is_in_the_outbox_of_the_same_commit()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var equipment = await manager.Http.RegisterEquipmentAsync();

        var response = await manager.Http.PostAsJsonAsync(MaintenanceApi.WorkOrders,
            MaintenanceApi.NewWorkOrder(equipment, priority: "urgent", requiredSkills: ["HVAC", " hvac "]));

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var id = body.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/maintenance/work-orders/{id}");
        body.GetProperty("status").GetString().ShouldBe("open");
        body.GetProperty("source").GetString().ShouldBe("manual");
        body.GetProperty("priority").GetString().ShouldBe("urgent");
        body.GetProperty("version").GetInt32().ShouldBe(1);
        body.GetProperty("requestedBy").GetGuid().ShouldBe(manager.UserId);
        body.GetProperty("openedAt").ValueKind.ShouldBe(JsonValueKind.String);
        body.GetProperty("requiredSkills").EnumerateArray().Select(s => s.GetString()).ShouldBe(["hvac"]);
        (await api.ScalarAsync<string>("SELECT status FROM maintenance.mt_doc_work_order WHERE id = $1", id)).ShouldBe("Open");
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.live_events WHERE message_type = 'maintenance.work-order-raised' AND payload->>'workOrderId' = $1", id.ToString()))
            .ShouldBe(1);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_events WHERE stream_id = $1 AND version = 1", id)).ShouldBe(1);
        (await api.ScalarAsync<long>("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE position(convert_to($1, 'UTF8') in body) > 0", id.ToString()))
            .ShouldBe(0, "no module waits for a manual raise, so it queues nothing (WorkOrderRaisedForSource goes with a raise for a record)");
    }

    [Fact]
    public async Task A_member_submits_a_request_which_is_visible_to_them()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var equipment = await manager.Http.RegisterEquipmentAsync();
        var member = await api.SignInAsNewUserAsync(Roles.Member);

        var body = await member.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(equipment));

        body.GetProperty("status").GetString().ShouldBe("requested");
        body.GetProperty("source").GetString().ShouldBe("request");
        body.GetProperty("requestedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var payload = await api.ScalarAsync<string>("SELECT payload::text FROM maintenance.live_events WHERE payload->>'workOrderId' = $1", body.GetProperty("id").GetGuid().ToString());
        JsonDocument.Parse(payload!).RootElement.GetProperty("visibleToUserIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([member.UserId]);
    }

    [Fact]
    public async Task The_site_is_inherited_from_the_equipment_when_not_given()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var site = Guid.NewGuid();
        var equipment = await manager.Http.RegisterEquipmentAsync(siteId: site);

        var inherited = await manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(equipment));
        var other = Guid.NewGuid();
        var named = await manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(equipment, siteId: other));

        inherited.GetProperty("siteId").GetGuid().ShouldBe(site);
        named.GetProperty("siteId").GetGuid().ShouldBe(other);
    }

    [Fact]
    public async Task A_work_order_may_name_only_a_site()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var site = Guid.NewGuid();

        var body = await manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(siteId: site));

        body.GetProperty("siteId").GetGuid().ShouldBe(site);
        body.GetProperty("equipmentId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Missing_fields_are_each_named_in_a_400_and_nothing_is_stored()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(MaintenanceApi.WorkOrders, new { title = "", description = "" });

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "title", "description", "priority", "equipmentId", "siteId");
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE title = ''")).ShouldBe(0);
    }

    [Theory]
    [InlineData("priority", "\"critical\"")]
    [InlineData("dueAt", "\"tomorrow\"")]
    public async Task A_bad_or_unknown_field_is_named_in_a_400(string field, string json)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var body = $$"""{"title":"t","description":"d","priority":"low","siteId":"{{Guid.NewGuid()}}","{{field}}":{{json}}}""";
        if (field == "priority") body = $$"""{"title":"t","description":"d","siteId":"{{Guid.NewGuid()}}","priority":{{json}}}""";

        var response = await manager.Http.PostAsync(MaintenanceApi.WorkOrders, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_caller_cannot_claim_another_origin_for_their_request()
    {
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var body = $$$"""{"title":"t","description":"d","priority":"low","siteId":"{{{Guid.NewGuid()}}}","origin":{"source":"inspection","reference":"x","requestedBy":"{{{Guid.NewGuid()}}}"}}""";

        var created = await (await member.Http.PostAsync(MaintenanceApi.WorkOrders, new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .ShouldHaveStatus(HttpStatusCode.Created);

        created.GetProperty("source").GetString().ShouldBe("request");
        created.GetProperty("sourceReference").ValueKind.ShouldBe(JsonValueKind.Null);
        created.GetProperty("requestedBy").GetGuid().ShouldBe(member.UserId);
    }

    [Fact]
    public async Task Too_many_required_skills_are_a_400()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(MaintenanceApi.WorkOrders,
            MaintenanceApi.NewWorkOrder(siteId: Guid.NewGuid(), requiredSkills: Enumerable.Range(1, 11).Select(i => $"skill{i}").ToArray()));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "requiredSkills");
    }

    [Fact]
    public async Task Unknown_equipment_is_a_422_naming_the_field()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(MaintenanceApi.WorkOrders, MaintenanceApi.NewWorkOrder(Guid.NewGuid()));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "equipmentId");
    }

    [Fact]
    public async Task Retired_equipment_takes_no_new_work_orders()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var equipment = await manager.Http.RegisterEquipmentAsync(serial: $"RET-{Guid.NewGuid():N}"[..16]);
        var current = await (await manager.Http.GetAsync($"/api/maintenance/equipment/{equipment}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.PutAsJsonAsync($"/api/maintenance/equipment/{equipment}", new
        {
            name = "Old unit", type = "hvac", serialNumber = current.GetProperty("serialNumber").GetString(), location = "Roof", status = "retired", version = 1,
        })).ShouldHaveStatus(HttpStatusCode.OK);

        var response = await manager.Http.PostAsJsonAsync(MaintenanceApi.WorkOrders, MaintenanceApi.NewWorkOrder(equipment));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "equipmentId");
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401()
    {
        var response = await api.CreateClient().PostAsJsonAsync(MaintenanceApi.WorkOrders, MaintenanceApi.NewWorkOrder(siteId: Guid.NewGuid()));

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }
}
