using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Projects;

/// <summary>A client engagement with a unique code, led by one project manager (a user).</summary>
internal sealed class Project : AggregateRoot
{
    private Project() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string ClientName { get; private set; } = "";
    public string Description { get; private set; } = "";
    public ProjectStatus Status { get; private set; }
    public Guid ManagerId { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? DueOn { get; private set; }

    public static Project Create(string code, string name, string clientName, string? description, Guid managerId, DateOnly? startsOn, DateOnly? dueOn)
    {
        if (startsOn is { } start && dueOn is { } due && due < start)
            throw new DomainRuleViolation("A project cannot be due before it starts.", "dueOn");

        return new Project
        {
            Code = code.Trim().ToUpperInvariant(),
            Name = name.Trim(),
            ClientName = clientName.Trim(),
            Description = description?.Trim() ?? "",
            Status = ProjectStatus.Planned,
            ManagerId = managerId,
            StartsOn = startsOn,
            DueOn = dueOn,
        };
    }
}
