using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Web.Pages.Media;
using Portal.Web.Pages.Account;

namespace Portal.Web.Hosting;

public static class PortalHost
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;

        services.AddPortalCore(configuration, contentRoot);
        foreach (var module in PortalModules.All)
        {
            module.AddServices(services, configuration);
            services.AddSingleton(module);
        }

        services.AddSingleton<PermissionRegistry>();
        services.AddScoped<Navigation>();
        services.AddPortalAuthorization(new PermissionRegistry(PortalModules.All).All);
        AddIdentity(services, configuration);

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;

            // Chinese first: the browser's language does not switch the site, only the user's choice does.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.AddRouting(o => o.LowercaseUrls = true);

        // Chinese text is written as is, not as &#x...; entities: smaller pages, readable sources and tests.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddLocalizedModelBindingMessages()
            .AddCheckboxSafeBinding();
        services.AddAccountPages();

        services.AddDataProtection()
            .SetApplicationName("Portal")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(contentRoot, "App_Data", "keys")));
        services.AddPortalRateLimits(configuration);
        services.AddPortalHealthChecks();
        services.AddPortalJobs(configuration, configuration.ReadDatabaseOptions(contentRoot), contentRoot);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<PortalUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Portal:Lockout:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddPortalIdentityStores()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "portal.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);

            // A signed-in user without the permission gets a plain 403 (rendered by /error/403), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(ThemePath(app.Environment)),
            RequestPath = "/theme",
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public,max-age=604800",
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<TwoFactorRequirement>();

        app.MapRazorPages();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapMedia();
        app.MapHangfireDashboardWithAuthorizationPolicy(CorePermissions.ManageJobs, "/admin/jobs", new DashboardOptions
        {
            AppPath = "/admin",
            DashboardTitle = "后台任务",
            DisplayStorageConnectionString = false,
        });
        PageGuard.EnsureAllGuarded(app);
        JobsSetup.AddRecurringJobs(app.Services);
        return app;
    }

    /// <summary>The theme is copied beside the binaries; during development it is also found in the repository.</summary>
    private static string ThemePath(IWebHostEnvironment environment)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot-theme");
        return Directory.Exists(beside) ? beside : Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", "wwwroot-theme"));
    }
}
