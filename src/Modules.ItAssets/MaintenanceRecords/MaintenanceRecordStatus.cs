namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords;

/// <summary>A record of work done is <c>done</c> at once; a repair request is <c>repair_requested</c> until its work order completes.</summary>
internal enum MaintenanceRecordStatus
{
    Done,
    RepairRequested,
}
