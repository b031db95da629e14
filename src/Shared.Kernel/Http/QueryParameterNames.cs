using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>
/// The query parameters an endpoint binds, named as the API spells them: camelCase, or the name given with
/// [FromQuery(Name = ...)]. The OpenAPI document and the unknown-parameter check both use these names, so the
/// document lists exactly what binding reads.
/// </summary>
public static class QueryParameterNames
{
    public static string ApiName(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>The names of <paramref name="endpoint"/>'s query parameters; null when it is not a route handler.</summary>
    public static IReadOnlySet<string>? Of(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is null) return null;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in endpoint.Metadata.OfType<IParameterBindingMetadata>())
            if (QueryName(parameter, endpoint) is { } name) names.Add(name);
        return names;
    }

    /// <summary>The inference of minimal APIs: explicit [FromQuery]; otherwise a parsable value that is not a route value.</summary>
    private static string? QueryName(IParameterBindingMetadata parameter, RouteEndpoint endpoint)
    {
        var attributes = parameter.ParameterInfo.GetCustomAttributes(inherit: true);
        if (attributes.OfType<IFromQueryMetadata>().FirstOrDefault() is { } fromQuery) return fromQuery.Name ?? ApiName(parameter.Name);
        if (attributes.Any(a => a is IFromRouteMetadata or IFromHeaderMetadata or IFromBodyMetadata or IFromServiceMetadata or IFromFormMetadata))
            return null;
        if (endpoint.RoutePattern.GetParameter(parameter.Name) is not null) return null;
        var type = parameter.ParameterInfo.ParameterType;
        var parsable = parameter.HasTryParse || (type.IsArray && type.GetElementType() is { } element && (element == typeof(string) || element.IsPrimitive));
        return parsable && !parameter.HasBindAsync ? ApiName(parameter.Name) : null;
    }
}
