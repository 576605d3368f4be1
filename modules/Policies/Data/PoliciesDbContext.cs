using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Modules.Policies.Domain;

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
            e.HasIndex(x => new { x.Published, x.Kind });
        });
        modelBuilder.Entity<Project>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.LeadUnit).HasMaxLength(100);
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
        modelBuilder.UseTablePrefix(TablePrefix);
    }
}
