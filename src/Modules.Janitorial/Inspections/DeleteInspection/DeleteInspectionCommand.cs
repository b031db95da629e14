using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inspections.DeleteInspection;

internal sealed record DeleteInspectionCommand(Guid Id) : ICommand<bool>;
