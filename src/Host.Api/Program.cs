using OpsPlatform.Admin;
using OpsPlatform.Host.Api;
using OpsPlatform.Host.Api.Auth;
using OpsPlatform.Host.Api.Database;
using OpsPlatform.Host.Api.Live;
using OpsPlatform.Host.Api.Messaging;
using OpsPlatform.Host.Api.OpenApi;
using OpsPlatform.Host.Api.Ui;
using OpsPlatform.Shared.Kernel.Http;

var builder = WebApplication.CreateBuilder(args);

await builder.AddOpsDatabaseAsync();
builder.Services.AddOpsProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
builder.Services.AddModules();
builder.AddOpsAuth();
builder.Services.AddOpsOpenApi();
builder.Services.AddOpsHealthChecks();
builder.Services.AddLive();
builder.Services.AddAdminUi();
builder.AddRequestLimits();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLimits();
app.UseUiFiles();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
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

/// <summary>Public for WebApplicationFactory in the tests.</summary>
public partial class Program;
