using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Notifications;
using Portal.Core.Time;

namespace Portal.Web.Hosting;

/// <summary>Hangfire with storage that follows the database provider; recurring schedules in Asia/Shanghai.</summary>
internal static class JobsSetup
{
    public const string OutboxJobId = "Core:outbox";

    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database, string contentRoot)
    {
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.Postgres)
            {
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true });
            }
            else
            {
                config.UseSQLiteStorage(SqliteJobsPath(configuration, contentRoot), new SQLiteStorageOptions());
            }
        });
        if (configuration.GetValue("Portal:Jobs:Server", true))
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
        }

        services.AddSingleton<IOutboxSignal, HangfireOutboxSignal>();
        return services;
    }

    /// <summary>Jobs get a file of their own beside the portal's database, so job polling never locks the portal's data.</summary>
    private static string SqliteJobsPath(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Portal:Jobs:SqlitePath"];
        var path = string.IsNullOrEmpty(configured) ? Path.Combine(contentRoot, "App_Data", "hangfire.db") : configured;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return path;
    }

    public static void AddRecurringJobs(IServiceProvider services)
    {
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<OutboxDispatcher>(
            OutboxJobId, d => d.DispatchAsync(CancellationToken.None), Cron.Minutely(),
            new RecurringJobOptions { TimeZone = ChinaTime.Zone });
        foreach (var module in services.GetRequiredService<IEnumerable<IPortalModule>>())
        {
            module.AddJobs(jobs);
        }
    }

    private sealed class HangfireOutboxSignal(IServiceProvider services) : IOutboxSignal
    {
        public void OutboxChanged() =>
            services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxDispatcher>(d => d.DispatchAsync(CancellationToken.None));
    }
}
