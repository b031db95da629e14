using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpsPlatform.Host.Api.OpenApi;

/// <summary>Marks every operation that requires authorization with the bearer scheme, naming its policy.</summary>
internal sealed class BearerRequirementTransformer : IOpenApiOperationTransformer
{
    public const string SchemeId = "Bearer";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any()) return Task.CompletedTask;

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).Distinct().ToArray();
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [] });
        if (policies.Length > 0)
            operation.Description = $"{operation.Description}\n\nPolicy: {string.Join(", ", policies)}.".Trim();
        return Task.CompletedTask;
    }
}
