using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Identity;

public sealed class PortalUser : IdentityUser
{
    /// <summary>The name shown in the header and on the user's records.</summary>
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
