using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;
using Portal.Modules.Policies.Subscriptions;

namespace Portal.Modules.Policies.Data;

/// <summary>
/// The Policies module's own data; tables "policy_", history table "__policy_migrations". Sets of segments,
/// sizes, towns and categories are primitive collections (JSON on SQLite, arrays on PostgreSQL); empty means
/// "no restriction".
/// </summary>
internal sealed class PoliciesDbContext(DbContextOptions<PoliciesDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "policy_";

    public DbSet<Policy> Policies => Set<Policy>();

    public DbSet<PolicyVersion> Versions => Set<PolicyVersion>();

    public DbSet<PolicyAttachment> Attachments => Set<PolicyAttachment>();

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectProgress> ProjectProgress => Set<ProjectProgress>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<PolicySearchEntry> SearchEntries => Set<PolicySearchEntry>();

    public DbSet<PolicySubscription> Subscriptions => Set<PolicySubscription>();

    public DbSet<PolicyDelivery> Deliveries => Set<PolicyDelivery>();

    public DbSet<ClosingReminder> ClosingReminders => Set<ClosingReminder>();

    /// <summary>Saves, then brings the finder's index (policy_search) up to date with the policies this save touched.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var touched = PolicySearchIndex.Touched(ChangeTracker);
        var deleted = touched.Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToList();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (touched.Count > 0)
        {
            var changed = touched.Where(e => e.State != EntityState.Detached).Select(e => e.Entity).Distinct().ToList();
            await PolicySearchIndex.RefreshAsync(this, changed, deleted, cancellationToken);
        }

        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyPortalConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Policy>(e =>
        {
            e.Property(x => x.Slug).HasMaxLength(80);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.DocumentNumber).HasMaxLength(100);
            e.Property(x => x.IssuingDepartment).HasMaxLength(100);
            e.Property(x => x.Contact).HasMaxLength(200);
            e.Property(x => x.AcceptanceAddress).HasMaxLength(200);
            e.Property(x => x.SourceUrl).HasMaxLength(500);
            e.Property(x => x.WithdrawnReason).HasMaxLength(500);
            e.Property(x => x.MaxAmountWan).HasPrecision(12, 2);
            e.Property(x => x.ConcurrencyToken).IsConcurrencyToken();
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasIndex(x => new { x.State, x.ClosesOn });
            e.HasIndex(x => new { x.State, x.PublishedAt });
            e.HasIndex(x => new { x.State, x.PublishAt });
            e.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.PolicyId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PolicyVersion>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.ChangeNote).HasMaxLength(500);
            e.Property(x => x.EditedBy).HasMaxLength(100);
            e.HasIndex(x => new { x.PolicyId, x.Number }).IsUnique();
            e.HasOne<Policy>().WithMany().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PolicyAttachment>(e =>
        {
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.FileKey).HasMaxLength(200);
        });
        modelBuilder.Entity<Resource>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.ProvidingUnit).HasMaxLength(100);
            e.Property(x => x.Contact).HasMaxLength(200);
            e.Property(x => x.UpdatedAt).IsConcurrencyToken();
            e.HasIndex(x => new { x.Published, x.Kind });
        });
        modelBuilder.Entity<Project>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.LeadUnit).HasMaxLength(100);
            e.Property(x => x.UpdatedAt).IsConcurrencyToken();
            e.HasIndex(x => new { x.Year, x.State });
            e.HasMany(x => x.Progress).WithOne().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProjectProgress>(e =>
        {
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.By).HasMaxLength(100);
            e.HasIndex(x => new { x.ProjectId, x.Date });
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.UserName).HasMaxLength(100);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.EntityKind).HasMaxLength(20);
            e.Property(x => x.Summary).HasMaxLength(500);
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.EntityKind, x.EntityId });
        });
        ConfigureFinder(modelBuilder);
        modelBuilder.UseTablePrefix(TablePrefix);
    }

    private static void ConfigureFinder(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PolicySearchEntry>(e =>
        {
            e.ToTable("search");
            e.HasKey(x => x.PolicyId);
            e.Property(x => x.PolicyId).ValueGeneratedNever();
            e.Property(x => x.Department).HasMaxLength(100);
            e.HasIndex(x => x.PublishedAt);
            e.HasIndex(x => x.Revision);
        });
        modelBuilder.Entity<PolicySubscription>(e =>
        {
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Filter).HasMaxLength(600);
            e.Property(x => x.Name).HasMaxLength(PolicySubscription.MaxNameLength);
            e.Property(x => x.UnsubscribeToken).HasMaxLength(64);
            e.HasIndex(x => x.UnsubscribeToken).IsUnique();
            e.HasIndex(x => x.UserId);
        });
        modelBuilder.Entity<PolicyDelivery>(e =>
        {
            e.Property(x => x.DigestKey).HasMaxLength(100);
            e.HasIndex(x => new { x.SubscriptionId, x.PolicyId, x.PolicyVersion }).IsUnique();
            e.HasIndex(x => x.SentAt);
        });
        modelBuilder.Entity<ClosingReminder>(e => e.HasIndex(x => new { x.PolicyId, x.EnterpriseId }).IsUnique());
    }
}
