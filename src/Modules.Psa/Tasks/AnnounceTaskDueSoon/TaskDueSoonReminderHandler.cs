using MediatR;
using Wolverine;

namespace OpsPlatform.Modules.Psa.Tasks.AnnounceTaskDueSoon;

/// <summary>Delivered once by the bus when the reminder falls due; the command's one commit also marks the envelope handled.</summary>
public sealed class TaskDueSoonReminderHandler : IWolverineHandler
{
    public static Task Handle(TaskDueSoonReminder message, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new AnnounceTaskDueSoonCommand(message.TaskId, message.DueOn), cancellationToken);
}
