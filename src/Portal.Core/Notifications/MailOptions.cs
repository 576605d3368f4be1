namespace Portal.Core.Notifications;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>Bound from <c>Portal:Mail</c>. Without <see cref="Host"/>, mail is written as .eml files to <see cref="PickupDirectory"/>.</summary>
public sealed class MailOptions
{
    public const string Section = "Portal:Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "noreply@portal.local";

    public string FromName { get; set; } = "红纺链党群服务中心";

    /// <summary>Relative paths are under the content root. Default App_Data/mail.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    /// <summary>After this many failed attempts a row is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 8;
}
