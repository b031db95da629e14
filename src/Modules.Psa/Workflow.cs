using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Psa;

/// <summary>A status workflow: which moves are allowed from each status; an illegal move is a 409 naming the allowed ones.</summary>
internal sealed class Workflow<TStatus>(string subject, Dictionary<TStatus, TStatus[]> next) where TStatus : struct, Enum
{
    public void EnsureAllowed(TStatus from, TStatus to)
    {
        var allowed = next[from];
        if (allowed.Contains(to)) return;
        throw new ConflictException(
            $"A {subject} cannot move from '{Word(from)}' to '{Word(to)}'. Allowed from '{Word(from)}': {(allowed.Length == 0 ? "none" : string.Join(", ", allowed.Select(Word)))}.",
            new Dictionary<string, string[]> { ["status"] = [$"'{Word(to)}' is not allowed after '{Word(from)}'."] },
            new Dictionary<string, object?> { ["currentStatus"] = Word(from), ["allowed"] = allowed.Select(Word).ToArray() });
    }

    public static string Word(TStatus status) => EnumText<TStatus>.ToText(status);
}
