using MediatR;
using FluentValidation;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Architecture.Tests;

public sealed class VisibilityTests
{
    public static TheoryData<string> Modules => new(Solution.ModuleNames);

    [Theory]
    [MemberData(nameof(Modules))]
    public void The_only_public_type_of_a_module_is_its_registration(string module)
    {
        Solution.Module(module).GetExportedTypes().Select(t => t.Name).ShouldBe([$"{module}Module"]);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_validators_and_entities_are_internal_sealed(string module)
    {
        var open = Solution.Concrete(Solution.Module(module))
            .Where(t => !(t.IsAbstract && t.IsSealed)) // static classes (endpoints) are fine
            .Where(t => !t.IsNested || t.IsNestedPublic)
            .Where(t => t.Name != $"{module}Module")
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
