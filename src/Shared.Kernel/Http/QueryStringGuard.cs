using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>
/// Refuses, with a 400 naming each one, query parameters the endpoint does not bind (binding would silently ignore
/// them, so a typo like <c>?limit=</c> would return everything) and query values holding U+0000 (PostgreSQL cannot
/// store or compare it in text). Applies to every route handler in the API description; names match as binding
/// does, ignoring case.
/// </summary>
public static class QueryStringGuard
{
    private static readonly ConcurrentDictionary<RouteEndpoint, IReadOnlySet<string>?> Known = new();

    public static IApplicationBuilder UseQueryStringGuard(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Query.Count > 0 && context.GetEndpoint() is RouteEndpoint endpoint && Allowed(endpoint) is { } allowed)
            {
                var errors = new Dictionary<string, string[]>();
                foreach (var (name, values) in context.Request.Query)
                {
                    if (!allowed.Contains(name))
                        errors[name] = [allowed.Count == 0
                            ? $"'{name}' is not a parameter of this endpoint, which takes no query parameters."
                            : $"'{name}' is not a parameter of this endpoint. Allowed: {string.Join(", ", allowed)}."];
                    else if (values.Any(v => v is not null && v.Contains('\0')))
                        errors[name] = [$"'{name}' {NulCharacterException.Reason}"];
                }
                if (errors.Count > 0) throw new InvalidQueryException(errors);
            }
            return next(context);
        });

    private static IReadOnlySet<string>? Allowed(RouteEndpoint endpoint) =>
        Known.GetOrAdd(endpoint, e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true }
            ? null
            : QueryParameterNames.Of(e));
}
