using Marten;
using OpsPlatform.Shared.Kernel.Persistence.Documents;
using System.Reflection;
using OpsPlatform.Shared.Kernel.Persistence;
using Wolverine;
using MediatR;
using FluentValidation;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Architecture.Tests;

public sealed class VisibilityTests
{
    public static TheoryData<string> Modules => new(Solution.ModuleNames);

    /// <summary>
    /// A module's public types are its registration and what Wolverine's ahead-of-time code (compiled into the host)
    /// must name: its bus handlers, the messages only they handle, and its DbContext (for the handlers' transaction),
    /// which adds no public member of its own.
    /// </summary>
    [Theory]
    [MemberData(nameof(Modules))]
    public void The_public_types_of_a_module_are_its_registration_and_what_its_bus_handlers_need(string module)
    {
        var exported = Solution.Module(module).GetExportedTypes();

        exported.Where(t => !IsAllowedPublic(t, module)).Select(t => t.FullName).ShouldBeEmpty();
        foreach (var session in exported.Where(IsModuleSession))
            session.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not ConstructorInfo).Select(m => m.Name).ShouldBeEmpty(session.Name);
    }

    private static bool IsAllowedPublic(Type type, string module) =>
        type.Name == $"{module}Module"
        || IsModuleSession(type)
        || (type.IsInterface && typeof(IDocumentStore).IsAssignableFrom(type) && type.Name == $"I{module}Store")
        || typeof(IWolverineHandler).IsAssignableFrom(type)
        || typeof(IIntegrationEvent).IsAssignableFrom(type);

    private static bool IsModuleSession(Type type) =>
        type.BaseType is { IsGenericType: true } parent && parent.GetGenericTypeDefinition() == typeof(ModuleSession<>);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_validators_and_entities_are_internal_sealed(string module)
    {
        var open = Solution.Concrete(Solution.Module(module))
            .Where(t => !(t.IsAbstract && t.IsSealed)) // static classes (endpoints) are fine
            .Where(t => !t.IsNested || t.IsNestedPublic)
            .Where(t => !(t.IsPublic && IsAllowedPublic(t, module)))
            .Where(t => t.IsPublic || !t.IsSealed)
            .Select(t => t.FullName)
            .ToList();

        open.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_hold_only_integration_event_records_with_a_wire_name(string module)
    {
        foreach (var type in Solution.Contracts(module).GetExportedTypes())
        {
            typeof(IIntegrationEvent).IsAssignableFrom(type).ShouldBeTrue($"{type.Name} should be an integration event");
            type.GetMethod("<Clone>$").ShouldNotBeNull($"{type.Name} should be a record");
            IntegrationEventAttribute.Of(type).Name.ShouldStartWith(module switch
            {
                "ItAssets" => "it-assets.",
                _ => $"{module.ToLowerInvariant()}.",
            });
        }
    }

    [Fact]
    public void Wire_names_are_unique_across_modules()
    {
        var names = Solution.ModuleNames.SelectMany(m => Solution.Contracts(m).GetExportedTypes())
            .Concat(Solution.AllModules.SelectMany(a => a.GetTypes()))
            .Where(t => t.IsDefined(typeof(IntegrationEventAttribute), false))
            .Select(t => $"{IntegrationEventAttribute.Of(t).Name} v{IntegrationEventAttribute.Of(t).Version}")
            .ToList();

        names.Distinct().Count().ShouldBe(names.Count);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Request_handlers_are_named_after_their_request(string module)
    {
        var misnamed = Solution.Concrete(Solution.Module(module))
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)).Select(i => (t, request: i.GetGenericArguments()[0])))
            .Where(p => p.t.Name != p.request.Name.Replace("Command", "").Replace("Query", "") + "Handler")
            .Select(p => $"{p.t.Name} handles {p.request.Name}")
            .ToList();

        misnamed.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Validators_are_named_after_what_they_validate(string module)
    {
        var misnamed = Solution.Concrete(Solution.Module(module))
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).Select(i => (t, target: i.GetGenericArguments()[0])))
            .Where(p => p.t.Name != p.target.Name.Replace("Command", "").Replace("Query", "") + "Validator")
            .Select(p => $"{p.t.Name} validates {p.target.Name}")
            .ToList();

        misnamed.ShouldBeEmpty();
    }
}
