namespace OpsPlatform.Shared.Kernel.Messaging;

public enum FailureAction
{
    /// <summary>Try again after the rule's next delay (zero = at once); past the last delay, dead-letter.</summary>
    Retry,

    /// <summary>Move to dead letters now, whatever the attempt.</summary>
    DeadLetter,

    /// <summary>Mark handled without effect (recorded in <c>last_error</c>): the message is obsolete.</summary>
    Discard,
}
