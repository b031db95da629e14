using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.Janitorial.Inspections.DeleteInspection;
using OpsPlatform.Modules.Janitorial.Inventory.RemoveSupplyItem;
using OpsPlatform.Modules.Janitorial.Inspections.GetInspection;
using OpsPlatform.Modules.Janitorial.Inspections.ListInspections;
using OpsPlatform.Modules.Janitorial.Inspections.Photos.AddInspectionPhoto;
using OpsPlatform.Modules.Janitorial.Inspections.Photos.GetInspectionPhoto;
using OpsPlatform.Modules.Janitorial.Inspections.Photos.ListInspectionPhotos;
using OpsPlatform.Modules.Janitorial.Inspections.Photos.RemoveInspectionPhoto;
using OpsPlatform.Modules.Janitorial.Inspections.RecordInspection;
using OpsPlatform.Modules.Janitorial.Inspections.UpdateInspection;
using OpsPlatform.Modules.Janitorial.Inventory.AddSupplyItem;
using OpsPlatform.Modules.Janitorial.Inventory.ConsumeSupplyItem;
using OpsPlatform.Modules.Janitorial.Inventory.GetSupplyItem;
using OpsPlatform.Modules.Janitorial.Inventory.ListReorderItems;
using OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;
using OpsPlatform.Modules.Janitorial.Inventory.RestockSupplyItem;
using OpsPlatform.Modules.Janitorial.Inventory.UpdateSupplyItem;
using OpsPlatform.Modules.Janitorial.Schedules.ChangeScheduleStatus;
using OpsPlatform.Modules.Janitorial.Schedules.GetSchedule;
using OpsPlatform.Modules.Janitorial.Schedules.ListSchedules;
using OpsPlatform.Modules.Janitorial.Schedules.PlanCleaning;
using OpsPlatform.Modules.Janitorial.Schedules.RescheduleCleaning;
using OpsPlatform.Modules.Janitorial.Sites.AssignSiteMember;
using OpsPlatform.Modules.Janitorial.Sites.CreateSite;
using OpsPlatform.Modules.Janitorial.Sites.GetSite;
using OpsPlatform.Modules.Janitorial.Sites.GetSiteScorecard;
using OpsPlatform.Modules.Janitorial.Sites.ListSites;
using OpsPlatform.Modules.Janitorial.Sites.RemoveSiteMember;
using OpsPlatform.Modules.Janitorial.Sites.UpdateSite;

namespace OpsPlatform.Modules.Janitorial;

internal static class JanitorialEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapCreateSite();
        group.MapGetSite();
        group.MapListSites();
        group.MapUpdateSite();
        group.MapAssignSiteMember();
        group.MapRemoveSiteMember();
        group.MapGetSiteScorecard();

        group.MapPlanCleaning();
        group.MapGetSchedule();
        group.MapListSchedules();
        group.MapRescheduleCleaning();
        group.MapChangeScheduleStatus();

        group.MapAddSupplyItem();
        group.MapListReorderItems();
        group.MapGetSupplyItem();
        group.MapListSupplyItems();
        group.MapUpdateSupplyItem();
        group.MapRestockSupplyItem();
        group.MapConsumeSupplyItem();
        group.MapRemoveSupplyItem();

        group.MapRecordInspection();
        group.MapGetInspection();
        group.MapListInspections();
        group.MapUpdateInspection();
        group.MapDeleteInspection();
        group.MapAddInspectionPhoto();
        group.MapListInspectionPhotos();
        group.MapGetInspectionPhoto();
        group.MapRemoveInspectionPhoto();
    }
}
