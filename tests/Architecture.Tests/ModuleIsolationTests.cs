namespace OpsPlatform.Architecture.Tests;

public sealed class ModuleIsolationTests
{
    public static TheoryData<string> Modules => new(Solution.ModuleNames);

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_the_shared_building_blocks_and_contracts_projects_only(string module)
    {
        var forbidden = Solution.References(Solution.Module(module))
            .Where(r => r is not ("OpsPlatform.Shared.Kernel" or "OpsPlatform.Shared.Files" or "OpsPlatform.Identity.Contracts") && !(r.StartsWith("OpsPlatform.Modules.", StringComparison.Ordinal) && r.EndsWith(".Contracts", StringComparison.Ordinal)))
            .ToList();

        forbidden.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_contracts_project_references_the_kernel_only(string module)
    {
        Solution.References(Solution.Contracts(module)).ShouldAllBe(r => r == "OpsPlatform.Shared.Kernel");
    }

    [Fact]
    public void The_kernel_references_no_module()
    {
        Solution.References(Solution.Kernel).ShouldBeEmpty();
    }

    [Fact]
    public void The_kernel_names_no_role_policy_current_user_or_demo_account()
    {
        var domainWords = new[] { "Role", "Policies", "CurrentUser", "Demo" };
        Solution.Kernel.GetTypes().Select(t => t.Name)
            .Where(name => domainWords.Any(word => name.Contains(word, StringComparison.Ordinal)))
            .ShouldBeEmpty();
        Solution.Kernel.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static))
            .Where(f => f.IsLiteral && f.GetRawConstantValue() is string value && OpsPlatform.Identity.Contracts.Roles.All.Contains(value))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_embedded_cluster_of_development_and_tests_is_no_part_of_the_kernel_or_a_module()
    {
        Solution.Kernel.GetTypes().ShouldNotContain(t => t.Name.Contains("EmbeddedPostgres", StringComparison.Ordinal));
        Solution.AllModules.SelectMany(Solution.References).ShouldNotContain("OpsPlatform.Hosting.EmbeddedPostgres");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void No_type_of_a_module_uses_another_modules_internals(string module)
    {
        var others = Solution.ModuleNames.Where(m => m != module).Select(m => $"OpsPlatform.Modules.{m}.").ToArray();
        var offenders = Solution.Module(module).GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
                .Select(f => (t, f.FieldType)))
            .Where(p => p.FieldType.Namespace is { } ns && others.Any(o => ns.StartsWith(o, StringComparison.Ordinal) && !ns.Contains(".Contracts", StringComparison.Ordinal)))
            .Select(p => $"{p.t.FullName} → {p.FieldType.FullName}")
            .ToList();

        offenders.ShouldBeEmpty();
    }
}
