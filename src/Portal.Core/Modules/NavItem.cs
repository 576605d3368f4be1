namespace Portal.Core.Modules;

public enum NavMenu
{
    /// <summary>The public header menu.</summary>
    Public,

    /// <summary>The back-office menu under /admin.</summary>
    Admin,

    /// <summary>The signed-in user's own services, listed on /my ("我的"): my demands, my booths, my policies...</summary>
    My,
}

/// <summary>A menu entry. <paramref name="Permission"/> null means everyone who sees the menu sees the entry.</summary>
public sealed record NavItem(NavMenu Menu, string Title, string Url, int Order, string? Permission = null);
