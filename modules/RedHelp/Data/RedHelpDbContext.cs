using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Data;

/// <summary>The RedHelp module's own data; tables "redhelp_", history table "__redhelp_migrations".</summary>
internal sealed class RedHelpDbContext(DbContextOptions<RedHelpDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "redhelp_";

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<HelperProfile> Helpers => Set<HelperProfile>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<Demand> Demands => Set<Demand>();

    public DbSet<DemandEvent> DemandEvents => Set<DemandEvent>();

    public DbSet<RovingSession> RovingSessions => Set<RovingSession>();

    public DbSet<RovingSignup> RovingSignups => Set<RovingSignup>();

    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();

    public DbSet<DemandAttachment> DemandAttachments => Set<DemandAttachment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyPortalConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Unit>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => x.Name).IsUnique();
        });
        modelBuilder.Entity<HelperProfile>(e =>
        {
            e.HasKey(x => x.UserId);
            e.Property(x => x.DisplayName).HasMaxLength(100);
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.OfficePhone).HasMaxLength(30);
            e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Assignment>(e =>
        {
            e.HasIndex(x => new { x.HelperUserId, x.EndedAt });

            // One lead helper per enterprise at a time.
            e.HasIndex(x => x.EnterpriseId, "IX_redhelp_assignments_current").IsUnique().HasFilter("\"EndedAt\" IS NULL");
        });
        modelBuilder.Entity<Visit>(e =>
        {
            e.Property(x => x.Notes).HasMaxLength(4000);
            e.HasIndex(x => new { x.EnterpriseId, x.VisitedOn });
            e.HasIndex(x => new { x.HelperUserId, x.VisitedOn });
        });
        modelBuilder.Entity<Demand>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.CoHandlingUnitIds).HasMaxLength(200);
            e.Property(x => x.Resolution).HasMaxLength(4000);
            e.Property(x => x.RatingComment).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.State, x.CreatedAt });
            e.HasIndex(x => new { x.EnterpriseId, x.CreatedAt });
            e.HasIndex(x => new { x.HandlerUserId, x.State });
            e.HasIndex(x => new { x.Category, x.State });
            e.HasMany(x => x.Timeline).WithOne().HasForeignKey(t => t.DemandId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.DemandId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DemandAttachment>(e =>
        {
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.FileKey).HasMaxLength(100);
            e.HasIndex(x => x.DemandId);
        });
        modelBuilder.Entity<DemandEvent>(e =>
        {
            e.Property(x => x.Note).HasMaxLength(4000);
            e.HasIndex(x => new { x.DemandId, x.At });
        });
        modelBuilder.Entity<RovingSession>(e =>
        {
            e.Property(x => x.Place).HasMaxLength(200);
            e.Property(x => x.Units).HasMaxLength(2000);
            e.Property(x => x.Topics).HasMaxLength(1000);
            e.HasIndex(x => x.StartsAt);
        });
        modelBuilder.Entity<RovingSignup>(e =>
        {
            e.Property(x => x.Problems).HasMaxLength(4000);
            e.HasIndex(x => new { x.SessionId, x.EnterpriseId }).IsUnique();
        });
        modelBuilder.Entity<ReminderDelivery>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Body).HasMaxLength(4000);
            e.Property(x => x.Link).HasMaxLength(500);
            e.Property(x => x.LastError).HasMaxLength(1000);

            // Exactly once per recipient, channel and month: the database refuses a second row.
            e.HasIndex(x => new { x.Month, x.RecipientUserId, x.Channel }).IsUnique();
            e.HasIndex(x => new { x.State, x.Id });
        });
        modelBuilder.UseTablePrefix(TablePrefix);
    }
}
