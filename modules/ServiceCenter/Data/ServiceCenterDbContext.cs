using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Data;

/// <summary>The ServiceCenter module's own data; tables "center_", history table "__center_migrations".</summary>
internal sealed class ServiceCenterDbContext(DbContextOptions<ServiceCenterDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "center_";

    public DbSet<CenterPage> Pages => Set<CenterPage>();

    public DbSet<Hall> Halls => Set<Hall>();

    public DbSet<CenterService> Services => Set<CenterService>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<NewsArticle> News => Set<NewsArticle>();

    public DbSet<ShowcaseVersion> Showcases => Set<ShowcaseVersion>();

    public DbSet<ShowcaseProduct> Products => Set<ShowcaseProduct>();

    public DbSet<ProductImage> ProductImages => Set<ProductImage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyPortalConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CenterPage>(e =>
        {
            e.Property(x => x.Key).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(100);
            e.HasIndex(x => x.Key).IsUnique();
        });
        modelBuilder.Entity<Hall>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Slug).HasMaxLength(60);
            e.Property(x => x.Summary).HasMaxLength(300);
            e.Property(x => x.Floor).HasMaxLength(20);
            e.HasIndex(x => x.Slug).IsUnique();
        });
        modelBuilder.Entity<CenterService>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Slug).HasMaxLength(60);
            e.Property(x => x.Summary).HasMaxLength(300);
            e.Property(x => x.Provider).HasMaxLength(100);
            e.HasIndex(x => x.Slug).IsUnique();
        });
        modelBuilder.Entity<Appointment>(e =>
        {
            e.Property(x => x.Need).HasMaxLength(2000);
            e.Property(x => x.Place).HasMaxLength(200);
            e.Property(x => x.CancelReason).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.EnterpriseId, x.CreatedAt });
            e.HasIndex(x => new { x.State, x.CreatedAt });
            e.HasOne(x => x.Service).WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<NewsArticle>(e =>
        {
            e.Property(x => x.Slug).HasMaxLength(120);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Summary).HasMaxLength(500);
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasIndex(x => new { x.State, x.PublishedAt });
            e.HasIndex(x => new { x.Category, x.State, x.PublishedAt });
        });
        modelBuilder.Entity<ShowcaseVersion>(e =>
        {
            e.Property(x => x.Brands).HasMaxLength(2000);
            e.Property(x => x.Honours).HasMaxLength(2000);
            e.Property(x => x.RejectionReason).HasMaxLength(500);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.Ignore(x => x.BrandList);
            e.Ignore(x => x.HonourList);
            e.HasIndex(x => new { x.EnterpriseId, x.Number }).IsUnique();

            // At most one public version and one working copy per enterprise, enforced by the database.
            e.HasIndex(x => x.EnterpriseId, "IX_center_showcase_versions_published").IsUnique().HasFilter("\"State\" = 2");
            e.HasIndex(x => x.EnterpriseId, "IX_center_showcase_versions_working").IsUnique().HasFilter("\"State\" IN (0, 1)");
            e.HasMany(x => x.Products).WithOne().HasForeignKey(p => p.ShowcaseVersionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ShowcaseProduct>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.HasMany(x => x.Images).WithOne().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProductImage>(e =>
        {
            e.Property(x => x.Key).HasMaxLength(60);
            e.Property(x => x.Alt).HasMaxLength(200);
        });
        modelBuilder.UseTablePrefix(TablePrefix);
    }
}
