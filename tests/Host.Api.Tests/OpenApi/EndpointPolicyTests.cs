using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OpsPlatform.Host.Api.Tests.OpenApi;

public sealed class EndpointPolicyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Every_endpoint_declares_a_policy_or_is_explicitly_anonymous()
    {
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => e.DisplayName)
            .ToList();

        endpoints.Count.ShouldBeGreaterThan(10);
        undeclared.ShouldBeEmpty();
    }

    [Fact]
    public void Module_endpoints_are_never_anonymous()
    {
        var anonymous = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && !e.RoutePattern.RawText.StartsWith("/api/auth/", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.DisplayName)
            .ToList();

        anonymous.ShouldBeEmpty();
    }
}
