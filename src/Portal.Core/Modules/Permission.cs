namespace Portal.Core.Modules;

/// <summary>A named capability and the roles that hold it by default.</summary>
/// <param name="Name">Policy name, "Module.Action" (for example "Expo.Manage").</param>
/// <param name="DisplayName">Chinese description shown in the admin screens.</param>
/// <param name="DefaultRoles">Roles that receive the permission when the database is set up.</param>
public sealed record Permission(string Name, string DisplayName, IReadOnlyList<string> DefaultRoles)
{
    public const string ClaimType = "permission";

    public Permission(string name, string displayName, params string[] defaultRoles)
        : this(name, displayName, (IReadOnlyList<string>)defaultRoles)
    {
    }
}
