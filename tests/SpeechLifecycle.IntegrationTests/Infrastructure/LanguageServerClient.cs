using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpeechLifecycle.IntegrationTests.Infrastructure;

/// <summary>One LSP diagnostic as the server sent it: zero-based range, code, LSP severity (1 error … 4 hint).</summary>
public sealed record LspDiagnostic(string Code, int Severity, int StartLine, int StartCharacter, int EndLine, int EndCharacter, string Message)
{
    public override string ToString() => $"{Code} ({Severity}) {StartLine}:{StartCharacter}-{EndLine}:{EndCharacter} {Message}";
}

/// <summary>
/// The editor side of the Language Server Protocol, just enough to drive a server the way an editor does: JSON-RPC 2.0
/// over the server's stdin/stdout with <c>Content-Length</c> framing, requests matched to responses by id, and the
/// server's own requests answered (<c>workspace/configuration</c> from <see cref="Settings"/>, everything else with
/// null, which is what an editor that does not know a request answers too). Everything the server sends is kept in
/// <see cref="Transcript"/> for failure messages; the server's stderr likewise.
/// </summary>
public sealed class LanguageServerClient : IAsyncDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(6);

    private readonly Process process;
    private readonly Stream input;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly StringBuilder transcript = new();
    private readonly StringBuilder errors = new();
    private readonly Task readLoop;
    private int nextId;

    private LanguageServerClient(Process process, JsonObject settings)
    {
        this.process = process;
        Settings = settings;
        input = process.StandardInput.BaseStream;
        readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>The client's settings, by section (<c>{"csharp": {...}}</c>): what <c>workspace/configuration</c> answers.</summary>
    public JsonObject Settings { get; }

    /// <summary>The server's stderr and the messages it sent (notifications, requests, responses), oldest first.</summary>
    public string Transcript
    {
        get
        {
            lock (transcript)
            {
                lock (errors)
                {
                    return $"--- messages{Environment.NewLine}{transcript}--- stderr{Environment.NewLine}{errors}";
                }
            }
        }
    }

    public static LanguageServerClient Start(
        string executable, string workingDirectory, IReadOnlyDictionary<string, string?> environment, JsonObject settings, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        process.Start();
        var client = new LanguageServerClient(process, settings);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (client.errors)
                {
                    client.errors.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return client;
    }

    /// <summary>Sends a request and waits (bounded) for its response's <c>result</c>; an error response throws.</summary>
    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan? timeout = null)
    {
        var limit = timeout ?? RequestTimeout;
        var id = Interlocked.Increment(ref nextId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = response;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        try
        {
            return await response.Task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No answer to '{method}' within {limit}.{Environment.NewLine}{Transcript}");
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>
    /// Pulls a document's diagnostics (<c>textDocument/diagnostic</c>) until <paramref name="done"/> holds for them, or
    /// the deadline passes; returns the last answer either way, so the caller's assertions say what was there.
    /// A server answers while it is still loading the project (with what it has then), hence the polling.
    /// </summary>
    public async Task<IReadOnlyList<LspDiagnostic>> PullDiagnosticsUntilAsync(
        string documentUri, Func<IReadOnlyList<LspDiagnostic>, bool> done, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var report = await RequestAsync("textDocument/diagnostic", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = documentUri },
            });
            var diagnostics = ParseDiagnostics(report?["items"] as JsonArray);
            if (done(diagnostics) || clock.Elapsed > deadline)
            {
                return diagnostics;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>
    /// Pulls the workspace's diagnostics (<c>workspace/diagnostic</c>, no previous results): every document the server
    /// has diagnostics for, files that are not C# included. Keyed by document URI.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<LspDiagnostic>>> PullWorkspaceDiagnosticsAsync(TimeSpan timeout)
    {
        var report = await RequestAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() }, timeout);
        var byDocument = new Dictionary<string, IReadOnlyList<LspDiagnostic>>(StringComparer.Ordinal);
        foreach (var document in (report?["items"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            var uri = document["uri"]?.GetValue<string>();
            if (uri is not null)
            {
                byDocument[uri] = ParseDiagnostics(document["items"] as JsonArray);
            }
        }

        return byDocument;
    }

    /// <summary>`shutdown` + `exit` like an editor closing; the process is killed if it does not leave in time.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                using var polite = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await RequestAsync("shutdown", null).WaitAsync(polite.Token);
                await NotifyAsync("exit", null);
                await process.WaitForExitAsync(polite.Token);
                await readLoop.WaitAsync(polite.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException or IOException or InvalidOperationException)
        {
            // A server that does not shut down politely is ended below; the test's own assertions already ran.
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
            writeLock.Dispose();
        }
    }

    private static List<LspDiagnostic> ParseDiagnostics(JsonArray? items) =>
        items is null
            ? new List<LspDiagnostic>()
            : items.OfType<JsonObject>().Select(item => new LspDiagnostic(
                item["code"]?.ToString() ?? "",
                item["severity"]?.GetValue<int>() ?? 0,
                item["range"]!["start"]!["line"]!.GetValue<int>(),
                item["range"]!["start"]!["character"]!.GetValue<int>(),
                item["range"]!["end"]!["line"]!.GetValue<int>(),
                item["range"]!["end"]!["character"]!.GetValue<int>(),
                item["message"]?.ToString() ?? "")).ToList();

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await writeLock.WaitAsync();
        try
        {
            await input.WriteAsync(header);
            await input.WriteAsync(body);
            await input.FlushAsync();
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var output = process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessageAsync(output) is { } message)
            {
                Record(message);
                await DispatchAsync(message);
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or ObjectDisposedException)
        {
            Record($"(read loop ended: {ex.Message})");
        }
        finally
        {
            foreach (var response in pending.Values)
            {
                response.TrySetException(new IOException($"The language server closed its output.{Environment.NewLine}{Transcript}"));
            }
        }
    }

    private async Task DispatchAsync(JsonNode message)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null && id is not null)
        {
            if (pending.TryGetValue(id.GetValue<int>(), out var response))
            {
                if (message["error"] is { } error)
                {
                    response.TrySetException(new InvalidOperationException($"The server answered with an error: {error.ToJsonString()}"));
                }
                else
                {
                    response.TrySetResult(message["result"]?.DeepClone());
                }
            }

            return;
        }

        if (method is not null && id is not null)
        {
            // A request from the server: an editor must answer every one, or the server may wait for it forever.
            var result = method == "workspace/configuration" ? Configuration(message["params"]?["items"] as JsonArray) : null;
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
        }
    }

    /// <summary>One answer per requested item: the section's settings (<c>csharp</c> or <c>csharp.analyzersEnabled</c>), else null.</summary>
    private JsonArray Configuration(JsonArray? items)
    {
        var answers = new JsonArray();
        foreach (var item in items ?? new JsonArray())
        {
            JsonNode? answer = Settings.DeepClone();
            var section = item?["section"]?.GetValue<string>();
            if (!string.IsNullOrEmpty(section))
            {
                foreach (var part in section.Split('.'))
                {
                    answer = answer is JsonObject node ? node[part]?.DeepClone() : null;
                }
            }

            answers.Add(answer);
        }

        return answers;
    }

    private void Record(object message)
    {
        var text = message is JsonNode node ? node.ToJsonString() : message.ToString();
        lock (transcript)
        {
            // Long answers (initialize's capabilities) are cut: the transcript is for reading a failure.
            transcript.AppendLine(text!.Length > 2000 ? text[..2000] + "…" : text);
        }
    }

    /// <summary>Reads one framed message: headers up to an empty line, then <c>Content-Length</c> bytes of JSON; null at end of stream.</summary>
    private static async Task<JsonNode?> ReadMessageAsync(Stream stream)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync(stream);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            const string ContentLength = "Content-Length:";
            if (line.StartsWith(ContentLength, StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line[ContentLength.Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length < 0)
        {
            throw new IOException("A message without Content-Length.");
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return JsonNode.Parse(body);
    }

    private static async Task<string?> ReadHeaderLineAsync(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }
}
