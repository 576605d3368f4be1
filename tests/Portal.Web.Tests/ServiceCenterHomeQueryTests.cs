using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// The home page (the ServiceCenter section: figures, segments, news, entry points) runs a fixed handful
/// of SQL commands, counted from EF Core's own diagnostics: far fewer than there are enterprises, so no
/// query runs per enterprise.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ServiceCenterHomeQueryTests(PortalFactory factory)
{
    public const int MaxCommands = 15;

    [Fact]
    public async Task The_home_page_runs_a_handful_of_queries_whatever_the_number_of_enterprises()
    {
        int enterprises;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            enterprises = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Enterprises.CountAsync();
        }

        using var client = factory.CreatePortalClient();
        (await client.GetAsync("/")).EnsureSuccessStatusCode(); // warm: start-up work is not the page's
        using var counter = new CommandCounter();
        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(enterprises > MaxCommands * 2, $"the demo data should have many enterprises, has {enterprises}");
        Assert.InRange(counter.Count, 1, MaxCommands);
    }

    /// <summary>Counts the commands EF Core executes while it is alive (tests in this collection run one at a time).</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> subscriptions = [];
        private int count;

        public CommandCounter() => subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

        public int Count => Volatile.Read(ref count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (subscriptions)
                {
                    subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name)
            {
                Interlocked.Increment(ref count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (subscriptions)
            {
                subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
