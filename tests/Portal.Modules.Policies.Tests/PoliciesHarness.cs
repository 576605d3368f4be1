using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Data;
using Portal.Core.Events;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Testing;

namespace Portal.Modules.Policies.Tests;

/// <summary>The kernel and the Policies module over a real database file, recording the events published.</summary>
internal sealed class PoliciesHarness : IAsyncDisposable
{
    public static readonly Actor Staff = new("staff-1", "张工作人员");

    private PoliciesHarness(KernelHarness kernel, ConcurrentQueue<PolicyPublished> events)
    {
        Kernel = kernel;
        Events = events;
    }

    public KernelHarness Kernel { get; }

    public ConcurrentQueue<PolicyPublished> Events { get; }

    public FakeTimeProvider Time => Kernel.Time;

    public static async Task<PoliciesHarness> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, IDictionary<string, string?>? settings = null)
    {
        var events = new ConcurrentQueue<PolicyPublished>();
        var kernel = await KernelHarness.CreateAsync(
            [new PoliciesModule()], provider, settings,
            configure: services => services.AddSingleton<IEventHandler<PolicyPublished>>(new Recorder(events)));
        return new PoliciesHarness(kernel, events);
    }

    /// <summary>Settings that send the outbox's mail to <paramref name="smtp"/>.</summary>
    public static Dictionary<string, string?> Smtp(LoopbackSmtpServer smtp) => new()
    {
        ["Portal:Mail:Host"] = "127.0.0.1",
        ["Portal:Mail:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public Task<T> WithPoliciesAsync<T>(Func<PolicyService, Task<T>> work) => Kernel.WithAsync(work);

    public Task<T> WithDbAsync<T>(Func<PoliciesDbContext, Task<T>> work) => Kernel.WithAsync(work);

    public Task<Policy> LoadAsync(int id) => WithDbAsync(db => db.Policies.AsNoTracking().SingleAsync(p => p.Id == id));

    /// <summary>A new draft; fails the test if refused.</summary>
    public async Task<Policy> DraftAsync(PolicyInput? input = null)
    {
        var (policy, refusal) = await WithPoliciesAsync(s => s.CreateAsync(input ?? Sample(), Staff));
        Assert.True(refusal is null, refusal?.Message);
        return policy!;
    }

    public async Task<Policy> PublishedAsync(PolicyInput? input = null)
    {
        var draft = await DraftAsync(input);
        Assert.Null(await WithPoliciesAsync(s => s.PublishAsync(draft.Id, draft.ConcurrencyToken, Staff)));
        return await LoadAsync(draft.Id);
    }

    public static PolicyInput Sample(string title = "针纺企业智能装备购置补贴") => new()
    {
        Title = title,
        DocumentNumber = "青工信字〔2026〕18号",
        IssuingDepartment = "青山湖区工业和信息化局",
        Level = PolicyLevel.District,
        SupportArea = SupportArea.SmartGreen,
        SupportType = SupportType.Grant,
        MaxAmountWan = 50,
        OpensOn = new DateOnly(2026, 11, 1),
        ClosesOn = new DateOnly(2026, 12, 31),
        Contact = "区工信局 0791-88000000",
        BodyMarkdown = "## 申报条件\n\n1. 在本区登记注册\n2. 购置智能装备\n",
    };

    public ValueTask DisposeAsync() => Kernel.DisposeAsync();

    private sealed class Recorder(ConcurrentQueue<PolicyPublished> events) : IEventHandler<PolicyPublished>
    {
        public Task HandleAsync(PolicyPublished @event, CancellationToken cancellationToken)
        {
            events.Enqueue(@event);
            return Task.CompletedTask;
        }
    }
}
