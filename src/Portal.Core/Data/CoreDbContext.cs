using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Notifications;

namespace Portal.Core.Data;

/// <summary>The kernel's data: Identity, towns, enterprises, the inbox and the email outbox. Tables "core_".</summary>
public sealed class CoreDbContext(DbContextOptions<CoreDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    public const string TablePrefix = "core_";

    public DbSet<Town> Towns => Set<Town>();

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyPortalConventions();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(e => e.Property(u => u.DisplayName).HasMaxLength(100));
        builder.Entity<Town>(e =>
        {
            e.Property(t => t.Name).HasMaxLength(50);
            e.HasIndex(t => t.Name).IsUnique();
        });
        builder.Entity<Enterprise>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Slug).HasMaxLength(120);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.ContactName).HasMaxLength(50);
            e.Property(x => x.ContactPhone).HasMaxLength(30);
            e.Property(x => x.ContactEmail).HasMaxLength(256);
            e.Property(x => x.RejectionReason).HasMaxLength(500);
            e.HasIndex(x => x.CreditCode).IsUnique();
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasIndex(x => x.OwnerUserId).IsUnique();
            e.HasIndex(x => new { x.Segment, x.IsLeading });
            e.HasOne(x => x.Town).WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<InboxMessage>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Link).HasMaxLength(500);
            e.HasIndex(x => new { x.UserId, x.ReadAt });
            e.HasIndex(x => x.DedupeKey).IsUnique();
        });
        builder.Entity<OutboxEmail>(e =>
        {
            e.Property(x => x.DedupeKey).HasMaxLength(300);
            e.Property(x => x.To).HasMaxLength(256);
            e.Property(x => x.Subject).HasMaxLength(300);
            e.Property(x => x.LastError).HasMaxLength(1000);
            e.HasIndex(x => x.DedupeKey).IsUnique();
            e.HasIndex(x => new { x.State, x.NextAttemptAt });
        });
        builder.UseTablePrefix(TablePrefix);
    }
}
