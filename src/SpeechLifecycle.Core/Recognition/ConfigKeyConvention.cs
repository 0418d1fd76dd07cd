using System;

namespace SpeechLifecycle.Recognition;

/// <summary>
/// CONTRACT §3's config-key convention: the kind a JSON key implies for a bare GUID value. The analyzer (config
/// AdditionalFiles) and the task (config files it scans for look-ups) must agree, or one would look up what the other
/// never reports.
/// </summary>
public static class ConfigKeyConvention
{
    /// <summary>
    /// <c>…EndpointId</c> → endpoint, <c>…CustomModelId</c> → custom model, <c>…BaseModelId</c> → base model,
    /// <c>…ModelId</c> → model (base or custom); null when the key says nothing. Case-insensitive; the longer suffixes are
    /// tested first because they also end in <c>ModelId</c>.
    /// </summary>
    public static ReferenceKind? KindForKey(string key)
    {
        if (key.EndsWith("EndpointId", StringComparison.OrdinalIgnoreCase))
        {
            return ReferenceKind.Endpoint;
        }

        if (key.EndsWith("CustomModelId", StringComparison.OrdinalIgnoreCase))
        {
            return ReferenceKind.CustomModel;
        }

        if (key.EndsWith("BaseModelId", StringComparison.OrdinalIgnoreCase))
        {
            return ReferenceKind.BaseModel;
        }

        return key.EndsWith("ModelId", StringComparison.OrdinalIgnoreCase) ? ReferenceKind.Model : null;
    }
}
