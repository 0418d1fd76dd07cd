namespace SpeechLifecycle.Emulator.Tests;

/// <summary>IDs of data/sample-data.json that the tests rely on (their roles are listed in docs/emulator.md).</summary>
internal static class SampleIds
{
    public const string ExpiredBaseModel = "1aae1070-7972-47e9-a977-87e3b05c457d";
    public const string WhisperBaseModel = "69adf293-9664-4040-932b-02ed16332e00";
    public const string NewestEnglishBaseModel = "e3ef2040-4845-44c6-80c2-cc5ff8001c7a";
    public const string ExpiredCustomModel = "9c9cf17e-a36a-4d78-b716-dd252c0a3477";
    public const string HealthyCustomModel = "e9aab48e-571d-4ddc-9694-827e9690deea";
    public const string Project = "a8a5ef3e-d9ac-4f8f-8871-dcb2ea1e2045";
    public const string ExpiredCustomEndpoint = "8403fae2-354d-4000-afc9-10112fc90c3c";
    public const string ExpiredBaseEndpoint = "fda375dd-7f36-4ed1-88a0-96e8ea949404";
    public const int BaseModelCount = 11;
    public const int EnglishBaseModelCount = 8;
    public const int CustomModelCount = 3;
    public const int EndpointCount = 5;
}
