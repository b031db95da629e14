using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpsPlatform.Host.Api.Live;

/// <summary>
/// A position in the stream of committed events of every module's <c>live_events</c>: (the committing transaction's id, the
/// message id). Rows are read only below the oldest transaction still running (the snapshot's xmin), so no row can
/// later appear behind a cursor already handed out: the order is complete across schemas and hosts.
/// Written <c>&lt;tx&gt;-&lt;message id&gt;</c> as the SSE event id.
/// </summary>
internal readonly record struct LiveCursor(long Transaction, Guid MessageId) : IComparable<LiveCursor>
{
    public override string ToString() => $"{Transaction.ToString(CultureInfo.InvariantCulture)}-{MessageId:N}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out LiveCursor? cursor)
    {
        cursor = null;
        var dash = text?.IndexOf('-') ?? -1;
        if (dash <= 0) return false;
        if (!long.TryParse(text![..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var tx) ||
            !Guid.TryParseExact(text[(dash + 1)..], "N", out var id)) return false;
        cursor = new LiveCursor(tx, id);
        return true;
    }

    public int CompareTo(LiveCursor other)
    {
        var byTransaction = Transaction.CompareTo(other.Transaction);
        return byTransaction != 0 ? byTransaction : string.CompareOrdinal(MessageId.ToString("N"), other.MessageId.ToString("N"));
    }
}
