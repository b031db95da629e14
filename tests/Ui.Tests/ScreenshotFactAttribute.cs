namespace OpsPlatform.Ui.Tests;

/// <summary>A test that only takes pictures for the docs: it runs when <c>OPS_SCREENSHOTS</c> names a folder.</summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public ScreenshotFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OPS_SCREENSHOTS")))
            Skip = "Set OPS_SCREENSHOTS=<folder> to take the docs' screenshots.";
    }
}
