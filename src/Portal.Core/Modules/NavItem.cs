namespace Portal.Core.Modules;

public enum NavMenu
{
    /// <summary>The public header menu.</summary>
    Public,

    /// <summary>The back-office menu under /admin.</summary>
    Admin,
}

/// <summary>A menu entry. <paramref name="Permission"/> null means everyone who sees the menu sees the entry.</summary>
public sealed record NavItem(NavMenu Menu, string Title, string Url, int Order, string? Permission = null);
