namespace OpsPlatform.Modules.Janitorial.Persistence;

/// <summary>
/// Keys of the transaction advisory locks the module takes (<c>db.LockAsync</c>): one per crew member's calendar and one
/// per supply item's ledger. Each kind has its own tag so that a crew member and an item never share a key.
/// </summary>
internal static class JanitorialLocks
{
    public static long Crew(Guid userId) => Key(userId, 0x4A43_5245_5700_0000); // "JCREW"

    public static long Stock(Guid itemId) => Key(itemId, 0x4A53_544F_434B_0000); // "JSTOCK"

    private static long Key(Guid id, long tag)
    {
        var bytes = id.ToByteArray();
        return BitConverter.ToInt64(bytes, 0) ^ BitConverter.ToInt64(bytes, 8) ^ tag;
    }
}
