namespace SpeechLifecycle.Emulator;

internal enum SpeechOperation
{
    GetBaseModel,
    ListBaseModels,
    GetCustomModel,
    ListCustomModels,
    GetEndpoint,
    ListEndpoints,
    ListProjectModels,
    ListProjectEndpoints,
    ListModelLocales,
    ListEndpointLocales,
}

/// <summary>
/// A request path matched to an operation (speech-rest-api.md §1.2). <see cref="PathVersion"/> is set for
/// <c>/speechtotext/v3.x/…</c>; query-style requests carry their version in <c>api-version</c>, checked later.
/// </summary>
internal sealed record SpeechRoute(SpeechOperation Operation, ApiVersion? PathVersion, string? Id, string CollectionPath)
{
    /// <summary>Null when the gateway knows no such route (also for retired path versions).</summary>
    public static SpeechRoute? Match(string path, IEnumerable<string> retiredPathVersions)
    {
        string[] segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || !segments[0].Equals("speechtotext", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        ApiVersion? pathVersion = null;
        int start = 1;
        if (ApiVersion.LooksLikePathVersion(segments[1]))
        {
            pathVersion = ApiVersion.FindPathVersion(segments[1]);
            if (pathVersion is null || retiredPathVersions.Any(r => r.Equals(pathVersion.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            start = 2;
        }

        string[] rest = segments[start..];
        string collection = "/" + string.Join('/', segments[..start]);
        return MatchOperation(rest, pathVersion, collection);
    }

    private static SpeechRoute? MatchOperation(string[] rest, ApiVersion? version, string prefix)
    {
        static bool Is(string segment, string literal) => segment.Equals(literal, StringComparison.OrdinalIgnoreCase);

        return rest switch
        {
            [var m, var b] when Is(m, "models") && Is(b, "base") => new(SpeechOperation.ListBaseModels, version, null, $"{prefix}/models/base"),
            [var m, var l] when Is(m, "models") && Is(l, "locales") => new(SpeechOperation.ListModelLocales, version, null, $"{prefix}/models/locales"),
            [var m, var b, var id] when Is(m, "models") && Is(b, "base") => new(SpeechOperation.GetBaseModel, version, id, $"{prefix}/models/base"),
            [var m] when Is(m, "models") => new(SpeechOperation.ListCustomModels, version, null, $"{prefix}/models"),
            [var m, var id] when Is(m, "models") => new(SpeechOperation.GetCustomModel, version, id, $"{prefix}/models"),
            [var e, var l] when Is(e, "endpoints") && Is(l, "locales") => new(SpeechOperation.ListEndpointLocales, version, null, $"{prefix}/endpoints/locales"),
            [var e] when Is(e, "endpoints") => new(SpeechOperation.ListEndpoints, version, null, $"{prefix}/endpoints"),
            [var e, var id] when Is(e, "endpoints") => new(SpeechOperation.GetEndpoint, version, id, $"{prefix}/endpoints"),
            [var p, var id, var m] when Is(p, "projects") && Is(m, "models") => new(SpeechOperation.ListProjectModels, version, id, $"{prefix}/projects/{id}/models"),
            [var p, var id, var e] when Is(p, "projects") && Is(e, "endpoints") => new(SpeechOperation.ListProjectEndpoints, version, id, $"{prefix}/projects/{id}/endpoints"),
            _ => null,
        };
    }
}
