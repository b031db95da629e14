using System.Text.RegularExpressions;

namespace OpsPlatform.Shared.Files.Storage;

/// <summary>
/// A storage key such as <c>janitorial/inspections/{id}/{fileId}</c>: lower-case segments of letters, digits, '-', '_'
/// and '.', never '.' or '..' alone, so a key can never climb out of the store's root.
/// </summary>
public readonly partial record struct FileKey
{
    public FileKey(string value)
    {
        if (!Valid().IsMatch(value) || value.Split('/').Any(s => s is "." or ".."))
            throw new ArgumentException($"'{value}' is not a valid file key.", nameof(value));
        Value = value;
    }

    public string Value { get; }

    public static FileKey Of(params object[] segments) => new(string.Join('/', segments.Select(s => s.ToString()!.ToLowerInvariant())));

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9_.-]+(/[a-z0-9_.-]+)*$")]
    private static partial Regex Valid();
}
