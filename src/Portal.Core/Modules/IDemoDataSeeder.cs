namespace Portal.Core.Modules;

/// <summary>Fills a new database with deterministic demo data when <c>Portal:DemoData</c> is true.</summary>
public interface IDemoDataSeeder
{
    /// <summary>Lower runs first; Core's seeder is 0, modules use 100 and above.</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
