using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OpsPlatform.Host.Api.Tests.OpenApi;

public sealed class OpenApiDocumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<JsonElement> Document() =>
        await (await api.CreateClient().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);

    private IEnumerable<(string Method, string Path)> ApiEndpoints() =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, e.RoutePattern.RawText!)));

    private static string OpenApiPath(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)(:[^}]*)?\}", "{$1}");

    [Fact]
    public async Task Every_api_endpoint_is_in_the_document_with_its_method()
    {
        var paths = (await Document()).GetProperty("paths");
        var missing = ApiEndpoints()
            .Where(e => !paths.TryGetProperty(OpenApiPath(e.Path), out var item) || !item.TryGetProperty(e.Method.ToLowerInvariant(), out _))
            .Select(e => $"{e.Method} {e.Path}")
            .ToList();

        ApiEndpoints().Count().ShouldBeGreaterThan(10);
        missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_bearer_scheme_is_declared_and_secured_operations_use_it()
    {
        var document = await Document();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");

        var paths = document.GetProperty("paths");
        paths.GetProperty("/api/maintenance/equipment").GetProperty("post").GetProperty("security").GetArrayLength().ShouldBe(1);
        paths.GetProperty("/api/auth/login").GetProperty("post").TryGetProperty("security", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Write_operations_describe_their_problem_details_answers()
    {
        var post = (await Document()).GetProperty("paths").GetProperty("/api/maintenance/equipment").GetProperty("post");

        foreach (var status in new[] { "400", "401", "403", "409", "422" })
            post.GetProperty("responses").GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _)
                .ShouldBeTrue($"response {status} should be problem details");
        post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _).ShouldBeTrue();
    }
}
