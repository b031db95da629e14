using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Host.Api.Auth;

/// <summary>Identity's error codes as field-level problems: password rules → 400 on "password", taken e-mail → 409 on "email".</summary>
internal static class IdentityProblems
{
    public static void ThrowIfFailed(this IdentityResult result)
    {
        if (result.Succeeded) return;
        if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
            throw new ConflictException("An account with this e-mail already exists.",
                new Dictionary<string, string[]> { ["email"] = ["An account with this e-mail already exists."] });

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code), e.Description)));
    }

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code.Contains("Email", StringComparison.Ordinal) ? "email"
        : code.Contains("Role", StringComparison.Ordinal) ? "roles"
        : "user";
}
