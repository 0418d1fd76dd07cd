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
    public void Key_suffix_decides_the_kind(string key, ReferenceKind? expected) =>
        Assert.Equal(expected, ConfigKeyConvention.KindForKey(key));
}
