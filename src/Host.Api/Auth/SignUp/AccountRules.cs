using System.Linq.Expressions;
using FluentValidation;

namespace OpsPlatform.Host.Api.Auth.SignUp;

/// <summary>What every new account needs, whether its owner signs up or an admin opens it (Identity checks the password's strength).</summary>
internal static class AccountRules
{
    public static void AccountShape<T>(this AbstractValidator<T> validator, Expression<Func<T, string>> email, Expression<Func<T, string>> displayName, Expression<Func<T, string>> password)
    {
        validator.RuleFor(email).NotEmpty().MaximumLength(256).EmailAddress();
        validator.RuleFor(displayName).NotEmpty().MaximumLength(200);
        validator.RuleFor(password).NotEmpty().MaximumLength(128);
    }
}
