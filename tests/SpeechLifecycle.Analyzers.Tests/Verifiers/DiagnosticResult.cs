using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using LibraryResult = Microsoft.CodeAnalysis.Testing.DiagnosticResult;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>
/// One diagnostic a test expects, in the shape of Microsoft.CodeAnalysis.Testing's <c>DiagnosticResult</c> plus
/// <see cref="WithProperty"/>, which the library lacks. Immutable: every <c>With…</c> returns a copy. Locations come
/// from markup (<c>{|#0:…|}</c> + <see cref="WithLocation(int)"/>), never from line/column numbers written in tests.
/// Converted to the library's result when the test runs (<see cref="ToLibraryResult"/>), with this project's
/// semantics kept: severity and message are checked only when set, additional locations are not compared.
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
        bool hasNoLocation,
        ImmutableDictionary<string, string?>? properties)
    {
        Id = id;
        Descriptor = descriptor;
        Severity = severity;
        Message = message;
        _arguments = arguments;
        MarkupKey = markupKey;
        HasNoLocation = hasNoLocation;
        _properties = properties;
    }

    public DiagnosticResult(string id)
        : this(id, null, null, null, default, null, false, null)
    {
    }

    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this(descriptor.Id, descriptor, null, null, default, null, false, null)
    {
    }

    public static DiagnosticResult CompilerError(string id) => new DiagnosticResult(id).WithSeverity(DiagnosticSeverity.Error);

    public string Id { get; }

    /// <summary>The analyzer's descriptor, when known: supplies the message format for <see cref="WithArguments"/>.</summary>
    public DiagnosticDescriptor? Descriptor { get; }

    /// <summary>Checked only when set.</summary>
    public DiagnosticSeverity? Severity { get; }

    /// <summary>Checked exactly when set.</summary>
    public string? Message { get; }

    public ImmutableArray<object?> Arguments => _arguments.IsDefault ? ImmutableArray<object?>.Empty : _arguments;

    public bool HasArguments => !_arguments.IsDefault;

    /// <summary>The markup location <c>{|#n:…|}</c> this diagnostic must sit on.</summary>
    public int? MarkupKey { get; }

    /// <summary>True when the diagnostic must have no source location at all.</summary>
    public bool HasNoLocation { get; }

    public bool HasLocation => MarkupKey is not null;

    public ImmutableDictionary<string, string?> Properties => _properties ?? ImmutableDictionary<string, string?>.Empty;

    public DiagnosticResult WithLocation(int markupKey)
    {
        if (HasLocation || HasNoLocation)
        {
            throw new InvalidOperationException($"{Id}: a diagnostic result takes one location; additional locations are not compared.");
        }

        return new(Id, Descriptor, Severity, Message, _arguments, markupKey, false, _properties);
    }

    public DiagnosticResult WithNoLocation() => new(Id, Descriptor, Severity, Message, _arguments, null, true, _properties);

    public DiagnosticResult WithMessage(string message) => new(Id, Descriptor, Severity, message, _arguments, MarkupKey, HasNoLocation, _properties);

    public DiagnosticResult WithArguments(params object?[] arguments) =>
        new(Id, Descriptor, Severity, Message, arguments.ToImmutableArray(), MarkupKey, HasNoLocation, _properties);

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => new(Id, Descriptor, severity, Message, _arguments, MarkupKey, HasNoLocation, _properties);

    /// <summary>
    /// Expects <c>Diagnostic.Properties[key] == value</c> (a null value: the key must be absent); properties not named
    /// are not checked.
    /// </summary>
    public DiagnosticResult WithProperty(string key, string? value) =>
        new(Id, Descriptor, Severity, Message, _arguments, MarkupKey, HasNoLocation, Properties.SetItem(key, value));

    /// <summary>The library's result for this expectation; the expected properties travel in its message format.</summary>
    public LibraryResult ToLibraryResult()
    {
        var result = Descriptor is not null ? new LibraryResult(Descriptor) : new LibraryResult(Id, Severity ?? DiagnosticSeverity.Warning);
        if (Severity is { } severity)
        {
            result = result.WithSeverity(severity);
        }

        // Like the library's own markup diagnostics: severity only when the test states it, never additional locations.
        result = result.WithOptions(DiagnosticOptions.IgnoreAdditionalLocations | (Severity is null ? DiagnosticOptions.IgnoreSeverity : DiagnosticOptions.None));

        if (Message is not null)
        {
            result = result.WithMessage(Message);
        }
        else if (HasArguments && Descriptor is not null)
        {
            // The library formats the descriptor's message with the arguments and compares the whole message.
            result = result.WithArguments(Arguments.ToArray()!);
        }
        else if (HasArguments)
        {
            result = result.WithMessage(null).WithArguments(Arguments.ToArray()!);
        }
        else
        {
            result = result.WithMessage(null);
        }

        if (!Properties.IsEmpty)
        {
            result = result.WithMessageFormat(new ExpectedProperties(result.MessageFormat, Properties));
        }

        if (MarkupKey is int key)
        {
            result = result.WithLocation(key);
        }
        else if (HasNoLocation)
        {
            result = result.WithNoLocation();
        }

        return result;
    }

    public static implicit operator LibraryResult(DiagnosticResult result) => result.ToLibraryResult();

    public override string ToString()
    {
        var location = MarkupKey is not null ? $"markup #{MarkupKey}" : HasNoLocation ? "no location" : "any location";
        var severity = Severity is null ? string.Empty : $" [{Severity}]";
        var message = Message is not null ? $" \"{Message}\"" : HasArguments ? $" args({string.Join(", ", Arguments)})" : string.Empty;
        var properties = Properties.IsEmpty ? string.Empty : " {" + string.Join(", ", Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value ?? "<absent>"}")) + "}";
        return $"{Id} at {location}{severity}{message}{properties}";
    }
}

/// <summary>
/// The library's <c>DiagnosticResult</c> has no property expectations and no free slot for them; its message format is
/// carried unchanged through markup resolution and line offsets, so it carries them: this format formats exactly like
/// the one it wraps, and <see cref="SpeechAnalyzerTest"/>'s <c>DiagnosticVerifier</c> reads <see cref="Properties"/>
/// off each matched expectation.
/// </summary>
internal sealed class ExpectedProperties : LocalizableString
{
    private readonly LocalizableString? _format;

    public ExpectedProperties(LocalizableString? format, ImmutableDictionary<string, string?> properties)
    {
        _format = format is ExpectedProperties tagged ? tagged._format : format;
        Properties = properties;
    }

    public ImmutableDictionary<string, string?> Properties { get; }

    protected override string GetText(IFormatProvider? formatProvider) => _format?.ToString(formatProvider) ?? string.Empty;

    protected override int GetHash() => _format?.GetHashCode() ?? 0;

    protected override bool AreEqual(object? other) => other is ExpectedProperties tagged && Equals(tagged._format, _format) && tagged.Properties.SequenceEqual(Properties);

    internal static void Verify(Diagnostic actual, LibraryResult expected, IVerifier verifier)
    {
        if (expected.MessageFormat is not ExpectedProperties tagged)
        {
            return;
        }

        foreach (var property in tagged.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            actual.Properties.TryGetValue(property.Key, out var value);
            verifier.Equal(
                property.Value,
                value,
                $"{actual.Id} at {actual.Location.GetLineSpan()}: expected property {property.Key}={property.Value ?? "<absent>"}, was {value ?? "<absent>"}; all: {{{string.Join(", ", actual.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}}}");
        }
    }
}
