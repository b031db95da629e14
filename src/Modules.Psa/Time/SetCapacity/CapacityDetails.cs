namespace OpsPlatform.Modules.Psa.Time.SetCapacity;

internal sealed record CapacityDetails(Guid UserId, decimal WeeklyHours);
