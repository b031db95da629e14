namespace OpsPlatform.Host.Api.OpenApi;

/// <summary><c>/openapi/v1.json</c>: every endpoint with its schemas, the bearer scheme and the problem-details answers.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddOpsOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddOperationTransformer<BearerRequirementTransformer>();
            options.AddOperationTransformer<CamelCaseQueryParametersTransformer>();
            options.AddSchemaTransformer<TextSchemaTransformer>();
            options.AddSchemaTransformer<OptionalRequestFieldsTransformer>();
        });

    public static void MapOpsOpenApi(this WebApplication app) =>
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().ExcludeFromDescription();
}
