using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpsPlatform.Host.Api.OpenApi;

/// <summary>
/// Strings are read through the NUL-refusing converter (ApiJson), and the schema exporter describes a type with a
/// custom converter as "anything" (and drops it as a list's items). This puts back what it would have said: a string,
/// nullable where the property is, and string items for lists of strings.
/// </summary>
internal sealed class TextSchemaTransformer : IOpenApiSchemaTransformer
{
    private readonly NullabilityInfoContext _nullability = new();

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.ElementType == typeof(string) && schema.Items is null)
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        if (context.JsonTypeInfo.Type != typeof(string) || schema.Type is not null) return Task.CompletedTask;
        schema.Type = context.JsonPropertyInfo?.AttributeProvider is PropertyInfo property && IsNullable(property)
            ? JsonSchemaType.String | JsonSchemaType.Null
            : JsonSchemaType.String;
        return Task.CompletedTask;
    }

    private bool IsNullable(PropertyInfo property)
    {
        lock (_nullability) return _nullability.Create(property).ReadState != NullabilityState.NotNull;
    }
}
