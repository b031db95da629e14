using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Time.DeleteTimeEntry;

internal sealed record DeleteTimeEntryCommand(Guid Id) : ICommand<bool>;
