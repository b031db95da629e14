namespace OpsPlatform.Modules.Janitorial.Sites;

internal enum ServiceLevel
{
    Basic,
    Standard,
    Premium,
}
