using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.OpenApi;

/// <summary>
/// Names query parameters as the API spells them (<c>page</c>, <c>pageSize</c>): properties of [AsParameters] records
/// come out PascalCase otherwise. Binding matches query names ignoring case, and the unknown-parameter check uses the
/// same <see cref="QueryParameterNames.ApiName"/>, so what the document says is what binding reads.
/// </summary>
internal sealed class CamelCaseQueryParametersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (parameter is { In: ParameterLocation.Query, Name: { } name })
                parameter.Name = QueryParameterNames.ApiName(name);
        return Task.CompletedTask;
    }
}
