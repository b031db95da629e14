namespace OpsPlatform.Identity.Contracts;

/// <summary>The platform's roles. Sign-up gives <see cref="Member"/>; admins assign the others.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Manager = "manager";
    public const string Technician = "technician";
    public const string Inspector = "inspector";
    public const string Client = "client";
    public const string Member = "member";

    public static readonly IReadOnlyList<string> All = [Admin, Manager, Technician, Inspector, Client, Member];
}
