using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsPlatform.Host.Api.Auth.DataProtection;
using OpsPlatform.Host.Api.Auth.Login;
using OpsPlatform.Host.Api.Auth.Logout;
using OpsPlatform.Host.Api.Auth.Me;
using OpsPlatform.Host.Api.Auth.Persistence;
using OpsPlatform.Host.Api.Auth.Profile.ChangeEmail;
using OpsPlatform.Host.Api.Auth.Profile.ChangePassword;
using OpsPlatform.Host.Api.Auth.Profile.CloseAccount;
using OpsPlatform.Host.Api.Auth.Profile.UpdateProfile;
using OpsPlatform.Host.Api.Auth.Refresh;
using OpsPlatform.Host.Api.Auth.Sessions;
using OpsPlatform.Host.Api.Auth.SignUp;
using OpsPlatform.Host.Api.Auth.People;
using OpsPlatform.Host.Api.Auth.Users;
using OpsPlatform.Host.Api.Development;
using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth;

/// <summary>
/// Users, passwords and roles (ASP.NET Core Identity, schema <c>identity</c>), revocable bearer sessions, the
/// platform's policies (every endpoint must name one; the fallback refuses anonymous callers on any endpoint that does
/// not, while unknown paths answer 404), and a per-client
/// rate limit on the credential endpoints.
/// </summary>
internal static class AuthSetup
{
    public const string CredentialsRateLimit = "credentials";

    public static void AddOpsAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDbContext<IdentityStore>((sp, options) => options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(new ScriptedSchema(IdentityStore.Schema, typeof(AuthSetup).Assembly));
        services.AddIdentityCore<OpsUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = builder.Configuration.GetValue("Auth:MaxFailedAccessAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(builder.Configuration.GetValue("Auth:LockoutMinutes", 15));
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityStore>();
        builder.AddOpsDataProtection();

        services.TryAddTimeProvider();
        services.AddSingleton<SessionCache>();
        services.AddSingleton<SessionStore>();
        services.AddHostedService<SessionRevocationListener>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<IUserDirectory, UserDirectory.IdentityUserDirectory>();
        services.AddHandlersFrom(typeof(AuthSetup).Assembly);

        services.AddAuthentication(SessionAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(options =>
        {
            options.AddPlatformPolicies();
            // Endpoints that name no policy refuse anonymous callers; a path that matches no endpoint goes on to a 404.
            options.FallbackPolicy = new AuthorizationPolicyBuilder()
                .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true || context.Resource is HttpContext { } http && http.GetEndpoint() is null)
                .Build();
        });

        var permits = builder.Configuration.GetValue("Auth:LoginPermitsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(CredentialsRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = 429,
                        Title = "Too many attempts.",
                        Detail = $"At most {permits} sign-in requests a minute are accepted from one client. Try again in a minute.",
                    },
                });
            };
        });
    }

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapSignUp();
        auth.MapLogin();
        auth.MapRefresh();
        auth.MapLogout();
        auth.MapMe();
        auth.MapUpdateProfile();
        auth.MapChangeEmail();
        auth.MapChangePassword();
        auth.MapCloseAccount();
        auth.MapListUsers();
        auth.MapListPeople();
        auth.MapSetRoles();
        auth.MapCreateUser();
        auth.MapDeactivateUser();
        auth.MapReactivateUser();
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
