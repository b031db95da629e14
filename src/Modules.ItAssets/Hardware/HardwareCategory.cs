namespace OpsPlatform.Modules.ItAssets.Hardware;

internal enum HardwareCategory
{
    Laptop,
    Desktop,
    Server,
    Monitor,
    Phone,
    Tablet,
    Network,
    Peripheral,
    Other,
}
