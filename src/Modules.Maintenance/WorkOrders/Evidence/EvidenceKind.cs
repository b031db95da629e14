namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence;

/// <summary>Photos of the work (several), and the signature image taken when it was completed (one at a time).</summary>
internal enum EvidenceKind
{
    Photo,
    Signature,
}
