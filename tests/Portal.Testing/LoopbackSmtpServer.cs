using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Portal.Testing;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 that keeps every message it receives.
/// The portal's MailKit transport talks to it exactly as it would to a production relay.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly RecordingMessageStore store = new();
    private readonly CancellationTokenSource stop = new();
    private Task? running;

    private LoopbackSmtpServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Messages => store.Messages;

    /// <summary>Starts a server on <paramref name="port"/> (a free port when null) and waits until it accepts connections.</summary>
    public static async Task<LoopbackSmtpServer> StartAsync(int? port = null)
    {
        var server = new LoopbackSmtpServer(port ?? FreePort());
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, server.Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(server.store);
        server.running = new SmtpServer.SmtpServer(options, services).StartAsync(server.stop.Token);
        await WaitUntilListeningAsync(server.Port);
        return server;
    }

    /// <summary>A port nobody listens on at the moment of asking.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived; returns them (fails the wait after <paramref name="timeout"/>).</summary>
    public async Task<IReadOnlyCollection<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (store.Messages.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return store.Messages;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (running is not null)
        {
            try
            {
                await running;
            }
            catch (OperationCanceledException)
            {
            }
        }

        stop.Dispose();
    }

    private static async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private sealed class RecordingMessageStore : MessageStore
    {
        private readonly ConcurrentQueue<MimeMessage> messages = new();

        public IReadOnlyCollection<MimeMessage> Messages => messages.ToArray();

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
