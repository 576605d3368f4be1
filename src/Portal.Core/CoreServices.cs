using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.DemoData;
using Portal.Core.Enterprises;
using Portal.Core.Events;
using Portal.Core.Files;
using Portal.Core.Identity;
using Portal.Core.Markdown;
using Portal.Core.Modules;
using Portal.Core.Notifications;
using Portal.Core.Time;

namespace Portal.Core;

public static class CoreServices
{
    /// <summary>The kernel: data, identity stores, enterprises, notifications, Markdown, time, files.</summary>
    public static IServiceCollection AddPortalCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.AddSingleton(configuration.ReadDatabaseOptions(contentRoot));
        services.AddPortalDbContext<CoreDbContext>(CoreDbContext.TablePrefix);

        services.TryAddSingleton(TimeProvider.System);
        var calendar = new CalendarOptions();
        configuration.GetSection(CalendarOptions.Section).Bind(calendar);
        services.AddSingleton(calendar);
        services.AddSingleton<WorkingDayCalendar>();

        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        var uploads = configuration["Portal:Files:UploadsPath"];
        services.AddSingleton<IFileStore>(new LocalFileStore(
            Path.Combine(contentRoot, string.IsNullOrWhiteSpace(uploads) ? Path.Combine("App_Data", "uploads") : uploads)));
        services.AddScoped<IEventBus, InProcessEventBus>();

        services.AddScoped<EnterpriseService>();
        services.AddScoped<IEnterpriseDirectory, EnterpriseQueries>();

        var mail = new MailOptions();
        configuration.GetSection(MailOptions.Section).Bind(mail);
        services.AddSingleton(mail);
        services.AddSingleton<IMailTransport>(_ => string.IsNullOrWhiteSpace(mail.Host)
            ? new PickupDirectoryMailTransport(Path.Combine(contentRoot, mail.PickupDirectory))
            : new SmtpMailTransport(mail));
        services.AddScoped<INotificationService, NotificationService>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<INotificationStatus, NotificationStatus>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.TryAddSingleton<IOutboxSignal, NoOutboxSignal>();

        services.AddScoped<IDemoDataSeeder, CoreDemoSeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    public static IdentityBuilder AddPortalIdentityStores(this IdentityBuilder builder) =>
        builder.AddRoles<IdentityRole>().AddEntityFrameworkStores<CoreDbContext>();

    private sealed class NoOutboxSignal : IOutboxSignal
    {
        public void OutboxChanged()
        {
        }
    }
}
