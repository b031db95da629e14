using MediatR;

namespace OpsPlatform.Architecture.Tests;

public sealed class RequestPipelineTests
{
    [Fact]
    public void In_module_notifications_are_never_integration_events()
    {
        var mixed = Solution.AllModules.SelectMany(a => a.GetTypes())
            .Where(t => typeof(INotification).IsAssignableFrom(t) && typeof(OpsPlatform.Shared.Kernel.Bus.IIntegrationEvent).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        mixed.ShouldBeEmpty();
    }

    [Fact]
    public void Every_request_is_a_kernel_command_or_query()
    {
        var bare = Solution.AllModules.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsInterface && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .Where(t => !t.GetInterfaces().Any(i => i.IsGenericType &&
                (i.GetGenericTypeDefinition() == typeof(OpsPlatform.Shared.Kernel.Cqrs.ICommand<>) || i.GetGenericTypeDefinition() == typeof(OpsPlatform.Shared.Kernel.Cqrs.IQuery<>))))
            .Select(t => t.FullName)
            .ToList();

        bare.ShouldBeEmpty();
    }
}
