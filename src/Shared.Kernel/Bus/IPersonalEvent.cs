namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>
/// An event for the users it names and nobody else (a person's own notification): on the live stream admins and
/// managers do not see it either, unlike other <see cref="IVisibleToUsers"/> events.
/// </summary>
public interface IPersonalEvent : IVisibleToUsers;
