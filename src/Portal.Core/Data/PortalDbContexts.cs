using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Data;

/// <summary>Every DbContext of the portal, in registration order: Core first, then the modules.</summary>
public sealed class PortalDbContexts
{
    private readonly List<(Type Type, string Prefix)> contexts = [];

    public IReadOnlyList<(Type Type, string Prefix)> All => contexts;

    internal void Add(Type type, string prefix) => contexts.Add((type, prefix));

    public IEnumerable<DbContext> Resolve(IServiceProvider services) =>
        contexts.Select(c => (DbContext)services.GetRequiredService(c.Type));
}
