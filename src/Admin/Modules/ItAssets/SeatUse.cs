namespace OpsPlatform.Admin.Modules.ItAssets;

/// <summary>
/// Seats used against seats owned, as the bar shows it. Per site and unlimited licenses own no number of seats: no bar.
/// Over-allocated (more used than owned: bought fewer at renewal) and expired-but-in-use are the two things to flag.
/// </summary>
public sealed record SeatUse(int? Owned, int Used, DateOnly? ExpiresOn, DateOnly Today)
{
    public bool HasLimit => Owned is not null;

    public bool OverAllocated => Owned is { } owned && Used > owned;

    public bool Expired => ExpiresOn is { } end && end < Today;

    public bool ExpiredInUse => Expired && Used > 0;

    /// <summary>0–100 for the bar; a full bar when over-allocated.</summary>
    public double Percent => Owned is { } owned ? owned == 0 ? (Used > 0 ? 100 : 0) : Math.Min(100, 100.0 * Used / owned) : 0;

    public string Text => Owned is { } owned ? $"{Used} of {owned} seats" : $"{Used} {(Used == 1 ? "seat" : "seats")} (no limit)";

    /// <summary>"over" / "expired" / "ok", for the row's <c>data-seat-state</c> (tests and styling).</summary>
    public string State => OverAllocated ? "over" : ExpiredInUse ? "expired" : "ok";
}
