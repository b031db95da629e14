namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>
/// A message addressed to the handler that acts on it (e.g. "notify these people"), not a fact for onlookers: the unit
/// of work delivers it through the outbox like any integration event but never writes it to the live stream.
/// </summary>
public interface IDirectMessage;
