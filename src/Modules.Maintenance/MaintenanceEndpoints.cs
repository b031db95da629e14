using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.Maintenance.Equipment.DeleteEquipment;
using OpsPlatform.Modules.Maintenance.Equipment.GetEquipment;
using OpsPlatform.Modules.Maintenance.Equipment.GetEquipmentHistory;
using OpsPlatform.Modules.Maintenance.Equipment.ListEquipment;
using OpsPlatform.Modules.Maintenance.Equipment.RegisterEquipment;
using OpsPlatform.Modules.Maintenance.Equipment.UpdateEquipment;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs.AddMaintenanceLog;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs.CorrectMaintenanceLog;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs.ListMaintenanceLogs;
using OpsPlatform.Modules.Maintenance.PreventivePlans.CreatePreventivePlan;
using OpsPlatform.Modules.Maintenance.PreventivePlans.DeletePreventivePlan;
using OpsPlatform.Modules.Maintenance.PreventivePlans.GetPreventivePlan;
using OpsPlatform.Modules.Maintenance.PreventivePlans.ListPreventivePlans;
using OpsPlatform.Modules.Maintenance.PreventivePlans.UpdatePreventivePlan;
using OpsPlatform.Modules.Maintenance.Reports.GetCompletionTimesReport;
using OpsPlatform.Modules.Maintenance.Reports.GetOpenWorkOrdersReport;
using OpsPlatform.Modules.Maintenance.Reports.GetOverdueReport;
using OpsPlatform.Modules.Maintenance.Schedules.BookScheduleEntry;
using OpsPlatform.Modules.Maintenance.Schedules.CancelScheduleEntry;
using OpsPlatform.Modules.Maintenance.Schedules.ListScheduleEntries;
using OpsPlatform.Modules.Maintenance.Technicians.DeleteTechnician;
using OpsPlatform.Modules.Maintenance.Technicians.GetMyTechnician;
using OpsPlatform.Modules.Maintenance.Technicians.GetTechnician;
using OpsPlatform.Modules.Maintenance.Technicians.GetTechnicianAgenda;
using OpsPlatform.Modules.Maintenance.Technicians.ListTechnicians;
using OpsPlatform.Modules.Maintenance.Technicians.RegisterTechnician;
using OpsPlatform.Modules.Maintenance.Technicians.UpdateTechnician;
using OpsPlatform.Modules.Maintenance.WorkOrders.AssignTechnician;
using OpsPlatform.Modules.Maintenance.WorkOrders.CancelWorkOrder;
using OpsPlatform.Modules.Maintenance.WorkOrders.ChangeWorkOrderStatus;
using OpsPlatform.Modules.Maintenance.WorkOrders.DeleteWorkOrder;
using OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.AttachEvidence;
using OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.GetEvidenceFile;
using OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.ListEvidence;
using OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.RemoveEvidence;
using OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrder;
using OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrderActions;
using OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrderTransitions;
using OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrders;
using OpsPlatform.Modules.Maintenance.WorkOrders.RaiseWorkOrder;
using OpsPlatform.Modules.Maintenance.WorkOrders.ReopenWorkOrder;
using OpsPlatform.Modules.Maintenance.WorkOrders.SuggestTechnicians;
using OpsPlatform.Modules.Maintenance.WorkOrders.UpdateWorkOrder;

namespace OpsPlatform.Modules.Maintenance;

internal static class MaintenanceEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapRegisterEquipment();
        group.MapGetEquipment();
        group.MapListEquipment();
        group.MapUpdateEquipment();
        group.MapGetEquipmentHistory();
        group.MapDeleteEquipment();

        group.MapRegisterTechnician();
        group.MapGetTechnician();
        group.MapGetMyTechnician();
        group.MapListTechnicians();
        group.MapUpdateTechnician();
        group.MapGetTechnicianAgenda();
        group.MapDeleteTechnician();

        group.MapRaiseWorkOrder();
        group.MapGetWorkOrder();
        group.MapListWorkOrders();
        group.MapUpdateWorkOrder();
        group.MapChangeWorkOrderStatus();
        group.MapAssignTechnician();
        group.MapCancelWorkOrder();
        group.MapReopenWorkOrder();
        group.MapDeleteWorkOrder();
        group.MapSuggestTechnicians();
        group.MapGetWorkOrderActions();
        group.MapListWorkOrderTransitions();

        group.MapAttachEvidence();
        group.MapListEvidence();
        group.MapGetEvidenceFile();
        group.MapRemoveEvidence();

        group.MapBookScheduleEntry();
        group.MapListScheduleEntries();
        group.MapCancelScheduleEntry();

        group.MapAddMaintenanceLog();
        group.MapListMaintenanceLogs();
        group.MapCorrectMaintenanceLog();

        group.MapCreatePreventivePlan();
        group.MapGetPreventivePlan();
        group.MapListPreventivePlans();
        group.MapUpdatePreventivePlan();
        group.MapDeletePreventivePlan();

        group.MapGetOpenWorkOrdersReport();
        group.MapGetCompletionTimesReport();
        group.MapGetOverdueReport();
    }
}
