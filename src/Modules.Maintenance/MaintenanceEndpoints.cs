using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.Maintenance.Equipment.GetEquipment;
using OpsPlatform.Modules.Maintenance.Equipment.ListEquipment;
using OpsPlatform.Modules.Maintenance.Equipment.RegisterEquipment;
using OpsPlatform.Modules.Maintenance.Equipment.UpdateEquipment;
using OpsPlatform.Modules.Maintenance.Technicians.GetTechnician;
using OpsPlatform.Modules.Maintenance.Technicians.ListTechnicians;
using OpsPlatform.Modules.Maintenance.Technicians.RegisterTechnician;
using OpsPlatform.Modules.Maintenance.Technicians.UpdateTechnician;
using OpsPlatform.Modules.Maintenance.WorkOrders.AssignTechnician;
using OpsPlatform.Modules.Maintenance.WorkOrders.CancelWorkOrder;
using OpsPlatform.Modules.Maintenance.WorkOrders.ChangeWorkOrderStatus;
using OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrder;
using OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrders;
using OpsPlatform.Modules.Maintenance.WorkOrders.RaiseWorkOrder;
using OpsPlatform.Modules.Maintenance.WorkOrders.ReopenWorkOrder;
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

        group.MapRegisterTechnician();
        group.MapGetTechnician();
        group.MapListTechnicians();
        group.MapUpdateTechnician();

        group.MapRaiseWorkOrder();
        group.MapGetWorkOrder();
        group.MapListWorkOrders();
        group.MapUpdateWorkOrder();
        group.MapChangeWorkOrderStatus();
        group.MapAssignTechnician();
        group.MapCancelWorkOrder();
        group.MapReopenWorkOrder();
    }
}
