using System;

namespace SpeechLifecycle.Recognition;

/// <summary>
/// CONTRACT §3's config-key convention: the kind a JSON key implies for a bare GUID value. The analyzer (config
/// AdditionalFiles) and the task (config files it scans for look-ups) must agree, or one would look up what the other
/// never reports, so both ask this one classifier.
/// </summary>
public static class ConfigKeyConvention
{
    /// <summary>
    /// <c>…EndpointId</c> → endpoint, <c>…CustomModelId</c> → custom model, <c>…BaseModelId</c> → base model,
    /// <c>…ModelId</c> → model (base or custom); null when the key says nothing. Case-insensitive, and the separators of
    /// environment-variable and configuration-path spellings (<c>_</c>, <c>-</c>, <c>.</c>, <c>:</c>) are ignored, so
    /// <c>SPEECH_ENDPOINT_ID</c>, <c>AZURE_SPEECH_CUSTOM_MODEL_ID</c>, <c>Speech__CustomModelId</c> and
    /// <c>Speech:BaseModelId</c> are the same suffixes as in appsettings.json: the keys of Azure Functions'
    /// local.settings.json <c>Values</c> and of launchSettings.json <c>environmentVariables</c> are such names. The longer
    /// suffixes are tested first because they also end in <c>ModelId</c>.
    /// </summary>
    public static ReferenceKind? KindForKey(string key)
    {
        if (EndsWithIgnoringSeparators(key, "EndpointId"))
        {
            return ReferenceKind.Endpoint;
        }

        if (EndsWithIgnoringSeparators(key, "CustomModelId"))
        {
            return ReferenceKind.CustomModel;
        }

        if (EndsWithIgnoringSeparators(key, "BaseModelId"))
        {
            return ReferenceKind.BaseModel;
        }

        return EndsWithIgnoringSeparators(key, "ModelId") ? ReferenceKind.Model : null;
    }

    /// <summary>
    /// Whether <paramref name="key"/> ends in <paramref name="suffix"/> (letters only), comparing letters
    /// case-insensitively and skipping separators in the key. A key that ends in a separator (<c>MODEL_ID_</c>) says
    /// nothing. No allocation: it runs for every string value of every config file.
    /// </summary>
    private static bool EndsWithIgnoringSeparators(string key, string suffix)
    {
        var k = key.Length - 1;
        if (k < 0 || IsSeparator(key[k]))
        {
            return false;
        }

        for (var s = suffix.Length - 1; s >= 0; s--, k--)
        {
            while (k >= 0 && IsSeparator(key[k]))
            {
                k--;
            }

            if (k < 0 || char.ToUpperInvariant(key[k]) != char.ToUpperInvariant(suffix[s]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSeparator(char c) => c is '_' or '-' or '.' or ':';
}
