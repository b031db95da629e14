using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetTechnicianAgenda;

/// <summary>A technician's bookings in a range, and the work orders assigned to them that fall due in it.</summary>
internal sealed record TechnicianAgenda(
    Guid TechnicianId,
    string Name,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<TechnicianAgenda.Booking> Bookings,
    IReadOnlyList<TechnicianAgenda.DueWork> Due)
{
    internal sealed record Booking(Guid ScheduleEntryId, Guid WorkOrderId, string Title, WorkOrderPriority Priority, WorkOrderStatus Status, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

    internal sealed record DueWork(Guid WorkOrderId, string Title, WorkOrderPriority Priority, WorkOrderStatus Status, DateTimeOffset DueAt);
}
