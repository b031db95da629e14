using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpsPlatform.Host.Api.OpenApi;

/// <summary>
/// The schema generator marks every constructor parameter of a record as required, nullable ones included. For
/// request bodies (and the types inside them) a field is required only when a request without it is refused: it is
/// non-nullable without a default, marked [JsonRequired], or its validator demands it unconditionally (NotNull or
/// NotEmpty without When/Unless), as for a nullable enum that is nullable only to give a clear message.
/// </summary>
internal sealed class OptionalRequestFieldsTransformer(IApiDescriptionGroupCollectionProvider descriptions) : IOpenApiSchemaTransformer
{
    private readonly NullabilityInfoContext _nullability = new();
    private readonly ConcurrentDictionary<Type, bool> _requestTypes = new();
    private HashSet<Type>? _reachable;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var typeInfo = context.JsonTypeInfo;
        if (schema.Required is not { Count: > 0 } required || !IsRequestType(typeInfo.Type)) return Task.CompletedTask;

        using var scope = context.ApplicationServices.CreateScope();
        var validator = scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(typeInfo.Type)) as IValidator;
        var rules = validator?.CreateDescriptor();
        foreach (var property in typeInfo.Properties)
        {
            if (!required.Contains(property.Name) || property.IsRequired) continue;
            var member = property.AttributeProvider as PropertyInfo;
            var optional = property.AssociatedParameter is { HasDefaultValue: true } || (member is not null && IsNullable(member));
            var demanded = member is not null && rules is not null && rules.GetRulesForMember(member.Name)
                .Where(r => !IsForEachRule(r))
                .SelectMany(r => r.Components)
                .Any(c => c.Validator is INotNullValidator or INotEmptyValidator && !c.HasCondition && !c.HasAsyncCondition);
            if (optional && !demanded) required.Remove(property.Name);
        }
        return Task.CompletedTask;
    }

    private bool IsNullable(PropertyInfo member)
    {
        if (Nullable.GetUnderlyingType(member.PropertyType) is not null) return true;
        if (member.PropertyType.IsValueType) return false;
        lock (_nullability) return _nullability.Create(member).WriteState != NullabilityState.NotNull;
    }

    /// <summary>RuleForEach checks the elements, not whether the list is there.</summary>
    private static bool IsForEachRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private bool IsRequestType(Type type) => _requestTypes.GetOrAdd(type, t => Reachable().Contains(t));

    /// <summary>Request body types and every type their properties reach.</summary>
    private HashSet<Type> Reachable()
    {
        if (_reachable is { } known) return known;
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(descriptions.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .SelectMany(d => d.ParameterDescriptions)
            .Where(p => p.Source == BindingSource.Body && p.Type is not null)
            .Select(p => p.Type!));
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsPrimitive || type == typeof(string) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsGenericType || !found.Add(type)) continue;
            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : []) pending.Push(argument);
            if (type.GetElementType() is { } element) pending.Push(element);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) pending.Push(property.PropertyType);
        }
        return _reachable = found;
    }
}
