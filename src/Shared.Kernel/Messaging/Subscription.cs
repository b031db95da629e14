using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// One handler of one message type in one module: its inbox rows live in <see cref="Schema"/> and it runs in a
/// transaction on <see cref="DbContextType"/>, the subscribing module's DbContext. Found by the scan in AddModule.
/// </summary>
public sealed class Subscription
{
    private static readonly MethodInfo InvokeDefinition =
        typeof(Subscription).GetMethod(nameof(InvokeTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<IServiceProvider, object, MessageContext, CancellationToken, Task> _invoke;

    public Subscription(string schema, Type dbContextType, Type handlerType, Type messageType)
    {
        var wire = IntegrationEventAttribute.Of(messageType);
        Schema = schema;
        DbContextType = dbContextType;
        HandlerType = handlerType;
        MessageType = messageType;
        Alias = wire.Name;
        Version = wire.Version;
        _invoke = InvokeDefinition.MakeGenericMethod(handlerType, messageType)
            .CreateDelegate<Func<IServiceProvider, object, MessageContext, CancellationToken, Task>>();
    }

    public string Schema { get; }
    public Type DbContextType { get; }
    public Type HandlerType { get; }
    public Type MessageType { get; }

    /// <summary>The stable handler name stored in inbox rows (the class name, never its namespace).</summary>
    public string Handler => HandlerType.Name;

    public string Alias { get; }
    public int Version { get; }

    public Task InvokeAsync(IServiceProvider services, object message, MessageContext context, CancellationToken cancellationToken) =>
        _invoke(services, message, context, cancellationToken);

    private static Task InvokeTyped<THandler, TMessage>(IServiceProvider services, object message, MessageContext context, CancellationToken ct)
        where THandler : IIntegrationEventHandler<TMessage>
        where TMessage : IIntegrationEvent =>
        services.GetRequiredService<THandler>().Handle((TMessage)message, context, ct);

    /// <summary>Every <c>IIntegrationEventHandler&lt;T&gt;</c> a module assembly declares, one subscription per T.</summary>
    public static IEnumerable<Subscription> Scan(Assembly assembly, string schema, Type dbContextType) =>
        from type in assembly.GetTypes()
        where type is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }
        from contract in type.GetInterfaces()
        where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>)
        select new Subscription(schema, dbContextType, type, contract.GetGenericArguments()[0]);
}
