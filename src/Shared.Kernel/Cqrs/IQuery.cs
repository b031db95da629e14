using MediatR;

namespace OpsPlatform.Shared.Kernel.Cqrs;

/// <summary>A request that only reads. Handlers never track and project straight to the response.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
