using System;

namespace SpeechLifecycle.Recognition;

/// <summary>
/// The pieces of one management URI (<c>[scheme://host]/[api/]speechtotext/[vX.Y/](models[/base]|endpoints)/{id}...</c>)
/// around a <c>speechtotext</c> anchor; the recogniser, the retired-path finder and the rewriter all read these.
/// </summary>
internal readonly struct ManagementUriMatch
{
    public const string Anchor = "speechtotext";

    private ManagementUriMatch(
        ReferenceKind kind, Guid id, int uriStart, int uriEnd, int anchorStart, int versionStart, int versionLength, int idStart,
        string? host, bool hasScheme, string? apiVersion)
    {
        Kind = kind;
        Id = id;
        UriStart = uriStart;
        UriEnd = uriEnd;
        AnchorStart = anchorStart;
        VersionStart = versionStart;
        VersionLength = versionLength;
        IdStart = idStart;
        Host = host;
        HasScheme = hasScheme;
        ApiVersion = apiVersion;
    }

    public ReferenceKind Kind { get; }

    public Guid Id { get; }

    public int UriStart { get; }

    public int UriEnd { get; }

    public int AnchorStart { get; }

    /// <summary>Offset of the path version (<c>v3.1</c>), -1 when the URI has none.</summary>
    public int VersionStart { get; }

    public int VersionLength { get; }

    public int IdStart { get; }

    public int IdEnd => IdStart + UriScanner.GuidLength;

    public string? Host { get; }

    public bool HasScheme { get; }

    public string? ApiVersion { get; }

    /// <summary>
    /// Reads the management URI around the <c>speechtotext</c> at <paramref name="anchor"/>; false when the path does
    /// not name one model or endpoint by a valid, non-placeholder GUID (lists, project-scoped lists, other entities).
    /// </summary>
    public static bool TryRead(string text, int anchor, out ManagementUriMatch match)
    {
        match = default;
        if (anchor > 0 && (UriScanner.IsWordChar(text[anchor - 1]) || text[anchor - 1] == '.'))
        {
            return false;
        }

        var p = anchor + Anchor.Length;
        if (p >= text.Length || text[p] != '/')
        {
            return false;
        }

        p++;
        var versionStart = -1;
        var versionLength = UriScanner.ReadPathVersion(text, p);
        if (versionLength > 0)
        {
            versionStart = p;
            p += versionLength;
            if (p >= text.Length || text[p] != '/')
            {
                return false;
            }

            p++;
        }

        ReferenceKind kind;
        if (UriScanner.StartsWithIgnoreCase(text, p, "models/"))
        {
            p += 7;
            if (UriScanner.StartsWithIgnoreCase(text, p, "base/"))
            {
                p += 5;
                kind = ReferenceKind.BaseModel;
            }
            else
            {
                kind = ReferenceKind.CustomModel;
            }
        }
        else if (UriScanner.StartsWithIgnoreCase(text, p, "endpoints/"))
        {
            p += 10;
            kind = ReferenceKind.Endpoint;
        }
        else
        {
            return false;
        }

        if (!UriScanner.TryParseGuidAt(text, p, out var id) || ReferenceRecognizer.IsPlaceholder(id))
        {
            return false;
        }

        var idStart = p;
        var uriStart = UriScanner.FindUriStart(text, anchor, anchorInQuery: false, out var schemeSeparator);
        var uriEnd = UriScanner.FindUriEnd(text, idStart + UriScanner.GuidLength, idStart + UriScanner.GuidLength);
        var hasScheme = schemeSeparator >= uriStart;
        var host = UriScanner.ReadHost(text, uriStart, schemeSeparator, anchor);
        var apiVersion = versionStart >= 0
            ? text.Substring(versionStart, versionLength).ToLowerInvariant()
            : UriScanner.ReadQueryApiVersion(text, idStart, uriEnd);
        match = new ManagementUriMatch(kind, id, uriStart, uriEnd, anchor, versionStart, versionLength, idStart, host, hasScheme, apiVersion);
        return true;
    }

    public ModelReference ToReference() =>
        new(Kind, Id, Host, ApiVersion, ReferenceForm.ManagementUri, UriStart, UriEnd - UriStart, IdStart);
}
