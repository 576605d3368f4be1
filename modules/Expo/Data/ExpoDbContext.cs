using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Data;

/// <summary>The Expo module's own data; tables "expo_", history table "__expo_migrations".</summary>
internal sealed class ExpoDbContext(DbContextOptions<ExpoDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "expo_";

    /// <summary>The filtered unique index that makes a double booking of a booth impossible.</summary>
    public const string OneHolderPerBoothIndex = "IX_expo_booth_applications_one_holder";

    public DbSet<ExpoHall> Halls => Set<ExpoHall>();

    public DbSet<Booth> Booths => Set<Booth>();

    public DbSet<ExhibitionSpace> Spaces => Set<ExhibitionSpace>();

    public DbSet<ProductExpo> Expos => Set<ProductExpo>();

    public DbSet<OfferedBooth> OfferedBooths => Set<OfferedBooth>();

    public DbSet<BoothApplication> Applications => Set<BoothApplication>();

    public DbSet<BoothPreference> Preferences => Set<BoothPreference>();

    public DbSet<SpaceBooking> Bookings => Set<SpaceBooking>();

    public DbSet<ExpoAuditEntry> Audit => Set<ExpoAuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyPortalConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ExpoHall>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Slug).HasMaxLength(60);
            e.Property(x => x.Floor).HasMaxLength(20);
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasMany(x => x.Booths).WithOne().HasForeignKey(b => b.HallId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Booth>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Zone).HasMaxLength(40);
            e.Property(x => x.Notes).HasMaxLength(500);
            e.Property(x => x.BlockReason).HasMaxLength(200);
            e.Property(x => x.AreaSquareMetres).HasPrecision(8, 2);
            e.HasIndex(x => new { x.HallId, x.Code }).IsUnique();
        });
        modelBuilder.Entity<ExhibitionSpace>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Slug).HasMaxLength(60);
            e.HasIndex(x => x.Slug).IsUnique();
        });
        modelBuilder.Entity<ProductExpo>(e =>
        {
            e.Property(x => x.Slug).HasMaxLength(120);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Theme).HasMaxLength(200);
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasIndex(x => new { x.State, x.StartsOn });
            e.HasOne(x => x.Hall).WithMany().HasForeignKey(x => x.HallId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.OfferedBooths).WithOne().HasForeignKey(o => o.ExpoId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OfferedBooth>(e =>
        {
            e.HasKey(x => new { x.ExpoId, x.BoothId });
            e.HasOne(x => x.Booth).WithMany().HasForeignKey(x => x.BoothId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<BoothApplication>(e =>
        {
            e.Property(x => x.Products).HasMaxLength(1000);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.CheckInCode).HasMaxLength(40);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ExpoId, x.State, x.CreatedAt });
            e.HasIndex(x => new { x.EnterpriseId, x.ExpoId });
            e.HasIndex(x => x.CheckInCode).IsUnique();

            // A booth has at most one holder per expo: Approved (1) or CheckedIn (5). The database decides races.
            e.HasIndex(x => new { x.ExpoId, x.BoothId }, OneHolderPerBoothIndex).IsUnique().HasFilter("\"State\" IN (1, 5)");
            e.HasMany(x => x.Preferences).WithOne().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BoothPreference>(e => e.HasKey(x => new { x.ApplicationId, x.BoothId }));
        modelBuilder.Entity<SpaceBooking>(e =>
        {
            e.Property(x => x.Purpose).HasMaxLength(1000);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.SpaceId, x.State, x.StartsOn });
            e.HasIndex(x => new { x.EnterpriseId, x.CreatedAt });
            e.HasOne(x => x.Space).WithMany().HasForeignKey(x => x.SpaceId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ExpoAuditEntry>(e =>
        {
            e.Property(x => x.Subject).HasMaxLength(20);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Note).HasMaxLength(500);
            e.HasIndex(x => new { x.ExpoId, x.At });
        });
        modelBuilder.UseTablePrefix(TablePrefix);
    }
}
