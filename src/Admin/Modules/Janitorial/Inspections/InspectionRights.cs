using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Modules.Janitorial.Inspections;

/// <summary>
/// Which inspection forms to offer, by the API's role gates (which site is the API's to check): recording is for
/// managers, inspectors and technicians; photos and corrections for managers and inspectors.
/// </summary>
public static class InspectionRights
{
    public static bool MayRecord(AdminUser? user) => user is { } u && (u.IsManager || u.IsIn("inspector") || u.IsIn("technician"));

    public static bool MayCorrect(AdminUser? user) => user is { } u && (u.IsManager || u.IsIn("inspector"));
}
