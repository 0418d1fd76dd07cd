namespace SpeechLifecycle.Emulator;

/// <summary>Every request in arrival order; a slot is taken on arrival and gets its status once the answer is decided.</summary>
internal sealed class RequestRecorder
{
    private readonly object gate = new();
    private readonly List<Slot> slots = new();

    public Slot Begin(string method, string pathAndQuery, DateTimeOffset receivedAt, bool hadKeyHeader, bool hadBearerToken = false, IReadOnlyList<string>? headerNames = null)
    {
        var slot = new Slot(new RecordedRequest(method, pathAndQuery, receivedAt, 0, hadKeyHeader) { HadBearerToken = hadBearerToken, HeaderNames = headerNames ?? Array.Empty<string>() });
        lock (gate)
        {
            slots.Add(slot);
        }

        return slot;
    }

    public void Complete(Slot slot, int statusCode)
    {
        lock (gate)
        {
            slot.Request = slot.Request with { StatusCode = statusCode };
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
        {
            return slots.Select(s => s.Request).ToArray();
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            slots.Clear();
        }
    }

    internal sealed class Slot(RecordedRequest request)
    {
        public RecordedRequest Request { get; set; } = request;
    }
}
