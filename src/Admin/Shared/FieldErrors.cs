using System.Text.RegularExpressions;

namespace OpsPlatform.Admin.Shared;

/// <summary>For a MudBlazor input: whether the API named the field, and its messages.</summary>
public static partial class FieldErrors
{
    public static bool Has(this Api.ApiProblem? problem, string field) => problem?.For(field).Length > 0;

    public static string Text(this Api.ApiProblem? problem, string field) => problem is null ? "" : string.Join(" ", problem.For(field));

    /// <summary>
    /// The messages about a list the form edits as rows (<c>skills</c>, <c>skills[1].level</c>), in row order, each
    /// saying which row ("Row 2: …"); the list's own messages first.
    /// </summary>
    public static IReadOnlyList<string> Rows(this Api.ApiProblem? problem, string list)
    {
        if (problem is null) return [];
        return problem.Errors
            .Select(e => (Match: RowKey().Match(e.Key), e.Value))
            .Where(e => e.Match.Success && string.Equals(e.Match.Groups["list"].Value, list, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Match.Groups["row"].Success ? int.Parse(e.Match.Groups["row"].Value) + 1 : 0)
            .SelectMany(e => e.Value.Select(m => e.Match.Groups["row"].Success ? $"Row {int.Parse(e.Match.Groups["row"].Value) + 1}: {m}" : m))
            .ToList();
    }

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)(\[(?<row>\d+)\](\..*)?)?$")]
    private static partial Regex RowKey();
}
