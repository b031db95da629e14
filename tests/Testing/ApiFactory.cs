using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsPlatform.Host.Api.Auth;
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
    private readonly Dictionary<string, string?> _settings = new();

    /// <summary>A host on a given database (e.g. an empty one, to watch the migrations run).</summary>
    public static ApiFactory ForDatabase(string connectionString, TimeProvider? clock = null)
    {
        var factory = new ApiFactory { Clock = clock };
        factory._connectionString = connectionString;
        return factory;
    }

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Set before the first request, e.g. <c>Auth:LoginPermitsPerMinute</c>.</summary>
    public ApiFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
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
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Ops", ConnectionString);
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Auth:LoginPermitsPerMinute", "100000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (Clock is { } clock) builder.ConfigureServices(services => services.AddSingleton(clock));
    }

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
    public async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
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
