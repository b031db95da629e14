using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsPlatform.Host.Api.Auth;
using OpsPlatform.Shared.Kernel.Bus;
using Xunit;

namespace OpsPlatform.Testing;

/// <summary>
/// The real host over real HTTP semantics (TestServer), on a database of its own: use it as an
/// <c>IClassFixture</c> and every test class gets a fresh, fully migrated database.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-Passw0rd!";

    private string? _connectionString;
    private string? _files;
    private readonly Dictionary<string, string?> _settings = new();
    private readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>A host on a given database (e.g. an empty one, to watch the migrations run).</summary>
    public static ApiFactory ForDatabase(string connectionString, TimeProvider? clock = null)
    {
        var factory = new ApiFactory { Clock = clock };
        factory._connectionString = connectionString;
        return factory;
    }

    /// <summary>Points this host at an existing database (e.g. another host's, to run two nodes on one database).</summary>
    public ApiFactory UseDatabase(string connectionString)
    {
        _connectionString = connectionString;
        return this;
    }

    /// <summary>The local file store's folder of this host (removed with it, or with the test cluster on a crash).</summary>
    public string FilesRoot => _files ??= PostgresCluster.NewScratchFolder("files");

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Set before the first request, e.g. <c>Auth:LoginPermitsPerMinute</c>.</summary>
    public ApiFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>
    /// Registers extra services before the host starts (before the first request), e.g. a test-only service:
    /// <c>WithServices(s =&gt; s.AddSingleton&lt;IAccountClosureCheck&gt;(...))</c>.
    /// </summary>
    public ApiFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>When set before the first request, the host reads the time from this clock.</summary>
    public TimeProvider? Clock { get; set; }

    public static readonly JsonSerializerOptions Json = CreateJson();

    public virtual async Task InitializeAsync() =>
        _connectionString ??= await PostgresCluster.CreateMigratedDatabaseAsync(GetType().Name);

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null) NpgsqlConnection.ClearPool(new NpgsqlConnection(_connectionString));
        if (_files is not null && Directory.Exists(_files)) Directory.Delete(_files, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the admin UI's files (Blazor's script, MudBlazor's, ours) are found only this way.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Ops", ConnectionString);
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Files:LocalRoot", FilesRoot);
        builder.UseSetting("Auth:LoginPermitsPerMinute", "100000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (Clock is { } clock) builder.ConfigureServices(services => services.AddSingleton(clock));
        foreach (var configure in _services) builder.ConfigureServices(configure);
    }

    /// <summary>
    /// Waits, without fixed sleeps, until the bus has settled: no envelope waiting, retrying or due at any handler's
    /// queue and none outgoing, cascades included (messages scheduled for later do not count until due). On timeout it
    /// fails naming what is still pending.
    /// </summary>
    public async Task SettleBusAsync(TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var pending = await Services.GetRequiredService<BusMonitor>().SettleAsync(limit);
        if (pending.Count > 0)
            throw new TimeoutException(
                $"The bus did not settle within {limit.TotalSeconds:0.#} s; still pending: {string.Join("; ", pending)}. " +
                "(A handler stuck, or a retry failing on and on?)");
    }

    /// <summary>The database's clock.</summary>
    public async Task<DateTimeOffset> DatabaseNowAsync() =>
        new(DateTime.SpecifyKind((await ScalarAsync<DateTime>("SELECT now() AT TIME ZONE 'UTC'")), DateTimeKind.Utc));

    /// <summary>Creates a user with the given roles and returns a client signed in as that user.</summary>
    public async Task<SignedInClient> SignInAsNewUserAsync(params string[] roles)
    {
        var email = $"{(roles.Length == 0 ? "user" : roles[0])}-{Guid.NewGuid():N}@test.local";
        Guid id;
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OpsUser>>();
            var user = new OpsUser { UserName = email, Email = email, DisplayName = email[..email.IndexOf('@')], CreatedAt = DateTimeOffset.UtcNow };
            (await users.CreateAsync(user, Password)).ThrowIfFailed();
            if (roles.Length > 0) (await users.AddToRolesAsync(user, roles)).ThrowIfFailed();
            id = user.Id;
        }
        return new SignedInClient(id, email, await SignInAsync(email, Password));
    }

    /// <summary>Logs in through the API and returns a client carrying the access token.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs SQL against this fixture's database, e.g. to assert on rows the API wrote.</summary>
    public Task<T?> ScalarAsync<T>(string sql, params object[] parameters) => ScalarAsync<T>(ConnectionString, sql, parameters);

    /// <summary>Runs SQL against any database, e.g. one a host process works on.</summary>
    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}

public sealed record SignedInClient(Guid UserId, string Email, HttpClient Http);
