namespace OpsPlatform.Modules.Psa.Tasks;

internal interface ITaskFields
{
    string Title { get; }
    string? Description { get; }
    Guid? AssigneeId { get; }
    DateOnly? DueOn { get; }
    TaskPriority? Priority { get; }
    decimal? EstimateHours { get; }

    TaskDefinition ToDefinition() => new(Title, Description, AssigneeId, DueOn, Priority ?? TaskPriority.Normal, EstimateHours);
}
