using System.Reflection;

namespace OpsPlatform.Architecture.Tests;

/// <summary>The assemblies under test, named by convention: Modules.X and Modules.X.Contracts for each module.</summary>
internal static class Solution
{
    public static readonly string[] ModuleNames = ["Maintenance", "ItAssets", "Psa", "Janitorial", "Notifications"];

    public static Assembly Kernel => typeof(OpsPlatform.Shared.Kernel.Domain.AggregateRoot).Assembly;

    public static Assembly Module(string name) => Assembly.Load($"OpsPlatform.Modules.{name}");

    public static Assembly Contracts(string name) => Assembly.Load($"OpsPlatform.Modules.{name}.Contracts");

    public static IEnumerable<Assembly> AllModules => ModuleNames.Select(Module);

    public static IEnumerable<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("OpsPlatform.", StringComparison.Ordinal));

    public static IEnumerable<Type> Concrete(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)));
}
