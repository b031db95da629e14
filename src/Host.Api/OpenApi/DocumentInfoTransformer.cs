using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpsPlatform.Host.Api.OpenApi;

internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "OpsPlatform API",
            Version = "v1",
            Description = "Maintenance work orders, IT assets, professional-services projects and janitorial operations. " +
                          // The description is Markdown: a code span keeps "<token>" from being read as an HTML tag.
                          "Sign in with `POST /api/auth/login` and send the access token as `Authorization: Bearer <token>` " +
                          "(on the API reference page: paste it under Authentication, Bearer is preselected). " +
                          "Errors are RFC 9457 problem details.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerRequirementTransformer.SchemeId] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "opaque",
            Description = "Access token from POST /api/auth/login or /api/auth/refresh.",
        };
        return Task.CompletedTask;
    }
}
