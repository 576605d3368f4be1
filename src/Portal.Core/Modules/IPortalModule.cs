using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Modules;

/// <summary>
/// The contract every module fulfils. The host lists modules explicitly (no assembly scanning),
/// calls <see cref="AddServices"/>, turns <see cref="Permissions"/> into authorization policies,
/// filters <see cref="Navigation"/> by what the user may do and registers <see cref="AddJobs"/>.
/// </summary>
public interface IPortalModule
{
    /// <summary>"Expo": the area name, the table prefix's owner and the job-id prefix.</summary>
    string Name { get; }

    /// <summary>The module's display name in Chinese (the source language of the UI).</summary>
    string DisplayName { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    IEnumerable<Permission> Permissions { get; }

    IEnumerable<NavItem> Navigation { get; }

    void AddJobs(IRecurringJobManager jobs) { }
}
