using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.ItAssets.Assignments.CheckInHardware;
using OpsPlatform.Modules.ItAssets.Assignments.CheckOutHardware;
using OpsPlatform.Modules.ItAssets.Assignments.ListAssignments;
using OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStage;
using OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStatus;
using OpsPlatform.Modules.ItAssets.Hardware.DeleteHardware;
using OpsPlatform.Modules.ItAssets.Hardware.GetHardware;
using OpsPlatform.Modules.ItAssets.Hardware.GetHardwareHistory;
using OpsPlatform.Modules.ItAssets.Hardware.ListHardware;
using OpsPlatform.Modules.ItAssets.Hardware.ListMyHardware;
using OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;
using OpsPlatform.Modules.ItAssets.Hardware.UpdateHardware;
using OpsPlatform.Modules.ItAssets.Licenses.CreateLicense;
using OpsPlatform.Modules.ItAssets.Licenses.GetLicense;
using OpsPlatform.Modules.ItAssets.Licenses.ListLicenses;
using OpsPlatform.Modules.ItAssets.Licenses.ListMyLicenses;
using OpsPlatform.Modules.ItAssets.Licenses.ListProductKeyReveals;
using OpsPlatform.Modules.ItAssets.Licenses.RevealProductKey;
using OpsPlatform.Modules.ItAssets.Licenses.UpdateLicense;
using OpsPlatform.Modules.ItAssets.MaintenanceRecords.ListMaintenanceRecords;
using OpsPlatform.Modules.ItAssets.MaintenanceRecords.RecordMaintenance;
using OpsPlatform.Modules.ItAssets.MaintenanceRecords.RequestRepair;
using OpsPlatform.Modules.ItAssets.Reports.GetComplianceReport;
using OpsPlatform.Modules.ItAssets.Seats.AssignSeat;
using OpsPlatform.Modules.ItAssets.Seats.ListSeats;
using OpsPlatform.Modules.ItAssets.Seats.ReleaseSeat;

namespace OpsPlatform.Modules.ItAssets;

internal static class ItAssetsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapRegisterHardware();
        group.MapGetHardware();
        group.MapListHardware();
        group.MapListMyHardware();
        group.MapUpdateHardware();
        group.MapChangeHardwareStage();
        group.MapChangeHardwareStatus();
        group.MapDeleteHardware();
        group.MapGetHardwareHistory();
        group.MapCheckOutHardware();
        group.MapCheckInHardware();
        group.MapListAssignments();
        group.MapCreateLicense();
        group.MapUpdateLicense();
        group.MapGetLicense();
        group.MapListLicenses();
        group.MapListMyLicenses();
        group.MapRevealProductKey();
        group.MapListProductKeyReveals();
        group.MapAssignSeat();
        group.MapReleaseSeat();
        group.MapListSeats();
        group.MapRecordMaintenance();
        group.MapRequestRepair();
        group.MapListMaintenanceRecords();
        group.MapGetComplianceReport();
    }
}
