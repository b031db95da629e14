namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>
/// An integration event that some non-manager users may see on the live stream (the assigned technician, the
/// requester, a site's client users when the site grants it). Admins and managers see every event; an event that
/// does not implement this is for them only. The publisher computes the list when it records the event.
/// </summary>
public interface IVisibleToUsers
{
    IReadOnlyList<Guid> VisibleToUserIds { get; }
}
