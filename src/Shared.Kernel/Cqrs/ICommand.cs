using MediatR;

namespace OpsPlatform.Shared.Kernel.Cqrs;

/// <summary>A request that changes state. Handlers write through their module's session and save once.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;
