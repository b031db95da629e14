using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpsPlatform.Shared.Kernel.Cqrs;

/// <summary>
/// MediatR 5.1 has no DI package here, so the kernel scans module assemblies for request handlers,
/// notification handlers and validators, and wires the pipeline: logging, then validation, then the handler.
/// </summary>
public static class MediatorRegistration
{
    public static IServiceCollection AddMediatorPipeline(this IServiceCollection services)
    {
        services.TryAddScoped<ServiceFactory>(sp => sp.GetService!);
        services.TryAddScoped<IMediator, Mediator>();
        services.TryAddEnumerable(ServiceDescriptor.Transient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Transient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>)));
        return services;
    }

    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        services.AddMediatorPipeline();
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>) || definition == typeof(INotificationHandler<>))
                    services.TryAddEnumerable(ServiceDescriptor.Scoped(contract, type));
                else if (definition == typeof(IValidator<>))
                    services.TryAddEnumerable(ServiceDescriptor.Singleton(contract, type));
            }
        }
        return services;
    }
}
