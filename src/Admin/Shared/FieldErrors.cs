namespace OpsPlatform.Admin.Shared;

/// <summary>For a MudBlazor input: whether the API named the field, and its messages.</summary>
public static class FieldErrors
{
    public static bool Has(this Api.ApiProblem? problem, string field) => problem?.For(field).Length > 0;

    public static string Text(this Api.ApiProblem? problem, string field) => problem is null ? "" : string.Join(" ", problem.For(field));
}
