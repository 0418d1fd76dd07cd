using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Core.Tests.Recognition;

public sealed class ConfigKeyConventionTests
{
    [Theory]
    [InlineData("SpeechEndpointId", ReferenceKind.Endpoint)]
    [InlineData("endpointid", ReferenceKind.Endpoint)]
    [InlineData("customModelId", ReferenceKind.CustomModel)]
    [InlineData("WhisperBaseModelId", ReferenceKind.BaseModel)]
    [InlineData("ModelId", ReferenceKind.Model)]
    [InlineData("SpeechModelId", ReferenceKind.Model)]
    [InlineData("Model", null)]
    [InlineData("Endpoint", null)]
    [InlineData("ModelIds", null)]
    // Environment-variable and configuration-path spellings (local.settings.json Values, launchSettings.json
    // environmentVariables): separators are ignored, the suffix decides.
    [InlineData("SPEECH_ENDPOINT_ID", ReferenceKind.Endpoint)]
    [InlineData("AZURE_SPEECH_CUSTOM_MODEL_ID", ReferenceKind.CustomModel)]
    [InlineData("SPEECH_BASE_MODEL_ID", ReferenceKind.BaseModel)]
    [InlineData("SPEECH_MODEL_ID", ReferenceKind.Model)]
    [InlineData("Speech__CustomModelId", ReferenceKind.CustomModel)]
    [InlineData("Speech__EndpointId", ReferenceKind.Endpoint)]
    [InlineData("Speech:CustomModelId", ReferenceKind.CustomModel)]
    [InlineData("speech-endpoint-id", ReferenceKind.Endpoint)]
    [InlineData("Speech.BaseModelId", ReferenceKind.BaseModel)]
    // Keys that hold GUIDs of other services, or only look like the convention, say nothing.
    [InlineData("AzureWebJobsStorage", null)]
    [InlineData("APPINSIGHTS_INSTRUMENTATIONKEY", null)]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", null)]
    [InlineData("FUNCTIONS_WORKER_RUNTIME", null)]
    [InlineData("AZURE_CLIENT_ID", null)]
    [InlineData("AZURE_TENANT_ID", null)]
    [InlineData("ClientId", null)]
    [InlineData("TenantId", null)]
    [InlineData("SUBSCRIPTION_ID", null)]
    [InlineData("SPEECH_MODEL_IDS", null)]
    [InlineData("SPEECH_MODEL_ID_", null)]
    [InlineData("SPEECH_MODEL", null)]
    [InlineData("_", null)]
    [InlineData("", null)]
    public void Key_suffix_decides_the_kind(string key, ReferenceKind? expected) =>
        Assert.Equal(expected, ConfigKeyConvention.KindForKey(key));
}
