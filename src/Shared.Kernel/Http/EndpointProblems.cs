using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>Declares the problem-details answers an endpoint can give, so the OpenAPI document lists them.</summary>
public static class EndpointProblems
{
    public static TBuilder ProducesReadProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Problems(400, 401, 403, 404));

    public static TBuilder ProducesWriteProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Problems(400, 401, 403, 404, 409, 413, 422));

    private static object[] Problems(params int[] statusCodes) =>
        statusCodes.Select(object (code) => new ProducesResponseTypeMetadata(code, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"])).ToArray();
}
