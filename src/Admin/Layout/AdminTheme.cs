using MudBlazor;

namespace OpsPlatform.Admin.Layout;

/// <summary>The system font stack, so no font is fetched from anywhere.</summary>
public static class AdminTheme
{
    private static readonly string[] SystemFonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        Typography = new Typography { Default = new DefaultTypography { FontFamily = SystemFonts } },
    };
}
