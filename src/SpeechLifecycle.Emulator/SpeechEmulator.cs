using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SpeechLifecycle.Emulator;

/// <summary>A Speech-to-text REST API emulator served over real loopback HTTP (Kestrel).</summary>
public sealed class SpeechEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RequestRecorder recorder;
    private readonly CancellationTokenSource stopping;
    private int disposed;

    private SpeechEmulator(WebApplication app, Uri baseAddress, EmulatorData data, RequestRecorder recorder, FaultInjector faults, CancellationTokenSource stopping)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Data = data;
        this.recorder = recorder;
        Faults = faults;
        this.stopping = stopping;
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseAddress { get; }

    /// <summary>The data being served; tests may change it while the emulator runs.</summary>
    public EmulatorData Data { get; }

    /// <summary>A snapshot copy, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => recorder.Snapshot();

    public FaultInjector Faults { get; }

    public static async Task<SpeechEmulator> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!IPAddress.IsLoopback(options.ListenAddress))
        {
            throw new ArgumentException($"The emulator listens on loopback addresses only, not {options.ListenAddress}.", nameof(options));
        }

        if (options.RateLimit is { } limit && (limit.PermitLimit < 1 || limit.Window <= TimeSpan.Zero))
        {
            throw new ArgumentException("A rate limit needs at least one permit and a positive window.", nameof(options));
        }

        EmulatorData data = options.DataJson is not null ? EmulatorData.Parse(options.DataJson)
            : options.DataFile is not null ? EmulatorData.Load(options.DataFile)
            : new EmulatorData();

        var recorder = new RequestRecorder();
        var faults = new FaultInjector(options.FaultSeed);
        var stopping = new CancellationTokenSource();
        var gateway = new RequestGateway(
            new SpeechApi(data),
            faults,
            recorder,
            options.ApiKeys.ToArray(),
            new BearerTokenPolicy(options.BearerTokens.ToArray(), options.BearerTokensWithoutRole.ToArray()),
            options.RetiredPathVersions.ToArray(),
            options.RateLimit is null ? null : new FixedWindowRateLimiter(options.RateLimit, options.Clock),
            options.Clock,
            stopping.Token);

        // The empty builder reads no appsettings or environment, so nothing can add a non-loopback endpoint.
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.ListenAddress, options.Port);
        });
        WebApplication app = builder.Build();
        app.Run(gateway.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            stopping.Dispose();
            throw;
        }

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var bound = new Uri(address);
        var baseAddress = new UriBuilder(Uri.UriSchemeHttp, options.ListenAddress.ToString(), bound.Port, "/").Uri;
        return new SpeechEmulator(app, baseAddress, data, recorder, faults, stopping);
    }

    public int CountRequests(Func<RecordedRequest, bool>? predicate = null) =>
        predicate is null ? recorder.Snapshot().Count : recorder.Snapshot().Count(predicate);

    public void ResetRequests() => recorder.Reset();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        // Release hanging and streaming requests first, so stopping Kestrel has nothing left to wait for.
        await stopping.CancelAsync().ConfigureAwait(false);
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await app.StopAsync(deadline.Token).ConfigureAwait(false);
        }

        await app.DisposeAsync().ConfigureAwait(false);
        stopping.Dispose();
    }
}
