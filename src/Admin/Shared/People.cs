using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Shared;

/// <summary>
/// A person the API names only by id: "You" for the signed-in user and a short, stable reference for anyone else (the
/// same person reads the same on every screen). The pages do not look names up (the people picker,
/// <c>/api/auth/people</c>, serves managers and admins only).
/// </summary>
public static class People
{
    public static string Name(Guid? id, AdminUser? me, string none = "—") => id switch
    {
        null => none,
        { } value when value == me?.Id => "You",
        // The end of the id: ids are version 7, whose first digits are a timestamp that people made together share.
        { } value => $"Person {value.ToString("N")[^6..]}",
    };
}
