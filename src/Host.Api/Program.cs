using JasperFx;
using OpsPlatform.Admin;
using OpsPlatform.Host.Api;
using OpsPlatform.Host.Api.Auth;
using OpsPlatform.Host.Api.Commands;
using OpsPlatform.Host.Api.Database;
using OpsPlatform.Host.Api.Live;
using OpsPlatform.Host.Api.Messaging;
using OpsPlatform.Host.Api.OpenApi;
using OpsPlatform.Host.Api.Ui;
using OpsPlatform.Shared.Files;
using OpsPlatform.Shared.Kernel.Http;

if (args is [HealthCheckCommand.Name, ..]) return await HealthCheckCommand.RunAsync(args);
// `codegen write` regenerates Wolverine's handler code into Internal/Generated (committed; loaded statically).
var codeGeneration = args is ["codegen", ..];

var builder = WebApplication.CreateBuilder(args);

builder.AddOpsLogging();
await builder.AddOpsDatabaseAsync(codeGeneration);
builder.Services.AddOpsProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
builder.Services.AddFileStorage(builder.Configuration);
builder.Services.AddModules();
builder.AddOpsAuth();
builder.Services.AddOpsOpenApi();
builder.Services.AddOpsHealthChecks();
builder.Services.AddLive();
builder.Services.AddAdminUi();
builder.AddRequestLimits();

var app = builder.Build();
if (codeGeneration) return await app.RunJasperFxCommands(args);
if (args.Contains(MigrateCommand.Name))
{
    await MigrateCommand.RunAsync(app);
    return 0;
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLimits();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseQueryStringGuard();
app.UseAntiforgery();

app.MapOpsHealthChecks();
app.MapOpsOpenApi();
app.MapUi();
app.MapAuth();
app.MapModules();
app.MapBusAdmin();
app.MapLive();
app.MapAdminUi();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
app.Run();
return 0;

/// <summary>Public for WebApplicationFactory in the tests.</summary>
public partial class Program;
