namespace OpsPlatform.Shared.Kernel.Domain;

/// <summary>A business rule refused the change (HTTP 422). <paramref name="field"/> names the input at fault, if one is.</summary>
public sealed class DomainRuleViolation(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
