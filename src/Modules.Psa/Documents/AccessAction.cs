namespace OpsPlatform.Modules.Psa.Documents;

internal enum AccessAction
{
    View,
    Download,
}
