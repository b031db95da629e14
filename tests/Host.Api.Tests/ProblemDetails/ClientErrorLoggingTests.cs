using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.ProblemDetails;

/// <summary>An expected client error is not a failure in the logs: at most one line, no stack trace; and the host starts without warnings.</summary>
public sealed class ClientErrorLoggingTests : IClassFixture<ClientErrorLoggingTests.LoggedApi>
{
    private readonly LoggedApi _api;

    public ClientErrorLoggingTests(LoggedApi api) => _api = api;

    public sealed class LoggedApi : ApiFactory
    {
        public LogCapture Logs { get; } = new();

        public LoggedApi() => WithServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    [Fact]
    public async Task A_duplicate_key_409_logs_one_information_line_and_no_error()
    {
        var manager = await _api.SignInAsNewUserAsync(Roles.Manager);
        var project = new { code = "DUP-1", name = "ERP rollout", clientName = "Acme", startsOn = "2026-01-01", dueOn = "2026-03-31" };
        await (await manager.Http.PostAsJsonAsync("/api/psa/projects", project)).ShouldHaveStatus(HttpStatusCode.Created);
        var before = _api.Logs.Entries.Count;

        await (await manager.Http.PostAsJsonAsync("/api/psa/projects", project)).ShouldBeProblem(HttpStatusCode.Conflict, "code");

        var logged = _api.Logs.Entries.Skip(before).ToList();
        logged.ShouldNotContain(e => e.Level >= LogLevel.Warning, string.Join('\n', logged));
        logged.ShouldNotContain(e => e.Exception != null, string.Join('\n', logged));
        logged.Count(e => e.Message.StartsWith("409 on POST /api/psa/projects", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task The_host_starts_without_a_warning_about_data_protection_keys()
    {
        (await _api.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var framework = _api.Logs.Entries.Where(e => e.Level >= LogLevel.Warning && e.Category.StartsWith("Microsoft.", StringComparison.Ordinal)).ToList();
        framework.ShouldBeEmpty(string.Join('\n', framework));
        (await _api.ScalarAsync<long>("SELECT count(*) FROM identity.data_protection_keys")).ShouldBeGreaterThan(0, "keys are persisted");
        (await _api.ScalarAsync<string>("SELECT xml FROM identity.data_protection_keys LIMIT 1"))!.ShouldContain("EncryptedData", Case.Sensitive, "keys are encrypted at rest");
    }
}
