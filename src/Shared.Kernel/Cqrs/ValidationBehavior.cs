using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace OpsPlatform.Shared.Kernel.Cqrs;

/// <summary>Runs every FluentValidation validator of the request; any failure stops the pipeline with a 400.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    private readonly IValidator<TRequest>[] _validators = validators as IValidator<TRequest>[] ?? validators.ToArray();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (_validators.Length == 0) return await next();

        List<ValidationFailure>? failures = null;
        var context = new ValidationContext<TRequest>(request);
        foreach (var validator in _validators)
        {
            var result = await validator.ValidateAsync(context, cancellationToken);
            if (!result.IsValid) (failures ??= []).AddRange(result.Errors);
        }

        if (failures is not null) throw new ValidationException(failures);
        return await next();
    }
}
