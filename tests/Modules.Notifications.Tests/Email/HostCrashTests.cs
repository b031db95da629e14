using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OpsPlatform.Modules.Notifications.Tests.Triggers;

namespace OpsPlatform.Modules.Notifications.Tests.Email;

/// <summary>
/// The host process killed (SIGKILL) in the middle of an SMTP send: the send was never confirmed, so the e-mail is
/// not lost and not doubled: the next host takes over the durable send message and delivers it exactly once.
/// (A kill after the server confirmed but before the commit sends it again with the same Message-Id: ADR 0013.)
/// </summary>
public sealed class HostCrashTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private string _database = "";

    public async Task InitializeAsync()
    {
        _database = await PostgresCluster.CreateMigratedDatabaseAsync(nameof(HostCrashTests));
        await _smtp.StartAsync();
    }

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    [Fact]
    public async Task A_host_killed_mid_send_leaves_the_e_mail_to_the_next_host_which_sends_it_once()
    {
        MaintenanceCrew crew;
        await using (var setup = ApiFactory.ForDatabase(_database))
            crew = await MaintenanceCrew.CreateAsync(setup);
        _smtp.Hold(true);

        var (first, firstAddress) = await HostProcess.StartAsync(_database, MailSettings());
        await using (first)
        {
            using var manager = await SignInAsync(firstAddress, crew.Manager.Email);
            var workOrder = (await (await manager.PostAsJsonAsync(MaintenanceCrew.WorkOrders, new
            {
                title = "Compressor trips", description = "Trips after ten minutes.", priority = "high", equipmentId = crew.EquipmentId,
            })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            await (await manager.PostAsJsonAsync($"{MaintenanceCrew.WorkOrders}/{workOrder}/assign", new { technicianId = crew.TechnicianId }))
                .ShouldHaveStatus(HttpStatusCode.OK);

            await Until(() => Task.FromResult(_smtp.HoldsASend), "the technician's e-mail reached the SMTP server", () => first.Output);
            await first.KillAsync();
        }
        (await Deliveries()).ShouldBe([("Pending", 0)], "the killed send left no record of an attempt");

        _smtp.Hold(false);
        var (second, _) = await HostProcess.StartAsync(_database, MailSettings());
        await using (second)
        {
            await Until(async () => (await Deliveries()).SequenceEqual([("Sent", 1)]), "the next host sent the e-mail", () => second.Output);
            await Until(async () => await UnhandledSends() == 0, "the send message is marked handled", () => second.Output);
        }

        var mail = _smtp.MessagesTo(crew.Technician.Email).ShouldHaveSingleItem();
        mail.Subject!.ShouldContain("Compressor trips");
        (await Deliveries()).ShouldBe([("Sent", 1)]);
    }

    private Dictionary<string, string> MailSettings() => new()
    {
        ["Seed:Demo"] = "false",
        ["Files:LocalRoot"] = PostgresCluster.NewScratchFolder("files"),
        ["Notifications:Mail:SmtpHost"] = "127.0.0.1",
        ["Notifications:Mail:SmtpPort"] = _smtp.Port.ToString(),
        ["Notifications:Mail:SmtpSecurity"] = "None",
    };

    private static async Task<HttpClient> SignInAsync(Uri host, string email)
    {
        var client = new HttpClient { BaseAddress = host };
        var session = await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = ApiFactory.Password })).ShouldHaveStatus(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Status and attempts of every e-mail delivery in the database.</summary>
    private async Task<List<(string Status, int Attempts)>> Deliveries()
    {
        var rows = await ApiFactory.ScalarAsync<string>(_database,
            "SELECT string_agg((data->>'Status') || ':' || (data->>'Attempts'), ',') FROM notifications.mt_doc_email_delivery");
        return rows is null ? [] : rows.Split(',').Select(r => r.Split(':')).Select(r => (r[0], int.Parse(r[1]))).ToList();
    }

    /// <summary>Send messages not yet handled, on any node.</summary>
    private Task<long> UnhandledSends() => ApiFactory.ScalarAsync<long>(_database,
        "SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE message_type = 'notifications.send-email' AND status <> 'Handled'");

    private static async Task Until(Func<Task<bool>> done, string what, Func<string> output)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(90);
        while (!await done())
        {
            if (DateTimeOffset.UtcNow > until) throw new TimeoutException($"Still not true after 90 s: {what}\n{output()}");
            await Task.Delay(200);
        }
    }
}
