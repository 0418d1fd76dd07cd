using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>
/// One diagnostic a test expects. Immutable: every <c>With…</c> returns a copy. Locations come from markup
/// (<c>{|#0:…|}</c> + <see cref="WithLocation(int)"/>), never from line/column numbers written in tests.
/// </summary>
public readonly struct DiagnosticResult
{
    private readonly ImmutableArray<object?> _arguments;
    private readonly ImmutableDictionary<string, string?>? _properties;

    private DiagnosticResult(
        string id,
        DiagnosticDescriptor? descriptor,
        DiagnosticSeverity? severity,
        string? message,
        ImmutableArray<object?> arguments,
        int? markupKey,
        string? path,
        TextSpan? span,
        bool hasNoLocation,
        ImmutableDictionary<string, string?>? properties = null)
    {
        _properties = properties;
        Id = id;
        Descriptor = descriptor;
        Severity = severity;
        Message = message;
        _arguments = arguments;
        MarkupKey = markupKey;
        Path = path;
        Span = span;
        HasNoLocation = hasNoLocation;
    }

    public DiagnosticResult(string id)
        : this(id, null, null, null, default, null, null, null, false)
    {
    }

    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this(descriptor.Id, descriptor, null, null, default, null, null, null, false)
    {
    }

    public static DiagnosticResult CompilerError(string id) => new DiagnosticResult(id).WithSeverity(DiagnosticSeverity.Error);

    public string Id { get; }

    /// <summary>The analyzer's descriptor, when known: supplies the message format for <see cref="WithArguments"/>.</summary>
    public DiagnosticDescriptor? Descriptor { get; }

    /// <summary>Checked only when set.</summary>
    public DiagnosticSeverity? Severity { get; }

    /// <summary>Checked exactly (invariant culture) when set.</summary>
    public string? Message { get; }

    public ImmutableArray<object?> Arguments => _arguments.IsDefault ? ImmutableArray<object?>.Empty : _arguments;

    public bool HasArguments => !_arguments.IsDefault;

    /// <summary>The markup location <c>{|#n:…|}</c> this diagnostic must sit on.</summary>
    public int? MarkupKey { get; }

    /// <summary>A resolved location (from markup): the file path, as the test project names it.</summary>
    public string? Path { get; }

    public TextSpan? Span { get; }

    /// <summary>True when the diagnostic must have no source location at all.</summary>
    public bool HasNoLocation { get; }

    public bool HasLocation => MarkupKey is not null || Path is not null;

    public DiagnosticResult WithLocation(int markupKey)
    {
        if (HasLocation || HasNoLocation)
        {
            throw new InvalidOperationException($"{Id}: a diagnostic result takes one location; this verifier does not compare additional locations.");
        }

        return new(Id, Descriptor, Severity, Message, _arguments, markupKey, null, null, false, _properties);
    }

    /// <summary>Resolved location; used by the markup parser, not by tests.</summary>
    internal DiagnosticResult WithResolvedLocation(string path, TextSpan span) =>
        new(Id, Descriptor, Severity, Message, _arguments, MarkupKey, path, span, false, _properties);

    public DiagnosticResult WithNoLocation() => new(Id, Descriptor, Severity, Message, _arguments, null, null, null, true, _properties);

    public DiagnosticResult WithMessage(string message) => new(Id, Descriptor, Severity, message, _arguments, MarkupKey, Path, Span, HasNoLocation, _properties);

    public DiagnosticResult WithArguments(params object?[] arguments) =>
        new(Id, Descriptor, Severity, Message, arguments.ToImmutableArray(), MarkupKey, Path, Span, HasNoLocation, _properties);

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => new(Id, Descriptor, severity, Message, _arguments, MarkupKey, Path, Span, HasNoLocation, _properties);

    /// <summary>
    /// Expects <c>Diagnostic.Properties[key] == value</c> (a null value: the key must be absent); properties not named
    /// are not checked.
    /// </summary>
    public DiagnosticResult WithProperty(string key, string? value) =>
        new(Id, Descriptor, Severity, Message, _arguments, MarkupKey, Path, Span, HasNoLocation, (_properties ?? ImmutableDictionary<string, string?>.Empty).SetItem(key, value));

    public ImmutableDictionary<string, string?> Properties => _properties ?? ImmutableDictionary<string, string?>.Empty;

    /// <summary>The exact message this result expects, or null when the message is not checked.</summary>
    internal string? ExpectedMessage(Diagnostic actual)
    {
        if (Message is not null)
        {
            return Message;
        }

        if (!HasArguments)
        {
            return null;
        }

        var format = (Descriptor ?? actual.Descriptor).MessageFormat.ToString(CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, format, Arguments.ToArray());
    }

    public override string ToString()
    {
        var location = Path is not null ? $"{Path}{Span}" : MarkupKey is not null ? $"markup #{MarkupKey}" : HasNoLocation ? "no location" : "any location";
        var severity = Severity is null ? string.Empty : $" [{Severity}]";
        var message = Message is not null ? $" \"{Message}\"" : HasArguments ? $" args({string.Join(", ", Arguments)})" : string.Empty;
        var properties = Properties.IsEmpty ? string.Empty : " {" + string.Join(", ", Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value ?? "<absent>"}")) + "}";
        return $"{Id} at {location}{severity}{message}{properties}";
    }
}
