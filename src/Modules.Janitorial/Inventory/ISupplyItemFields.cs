namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>The descriptive fields of a supply item, in an add or an update body.</summary>
internal interface ISupplyItemFields
{
    string ItemName { get; }
    string Sku { get; }
    string Category { get; }
    decimal? ReorderLevel { get; }
    string Unit { get; }
    decimal? UnitCost { get; }
}
