using System.Globalization;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Messages;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Core.Tests.Messages;

public sealed class LifecycleMessagesTests
{
    [Theory]
    [InlineData(ExpiryState.Expired, 0, "today")]
    [InlineData(ExpiryState.Expired, -1, "1 day ago")]
    [InlineData(ExpiryState.Expired, -12, "12 days ago")]
    [InlineData(ExpiryState.ExpiringSoon, 1, "in 1 day")]
    [InlineData(ExpiryState.ExpiringSoon, 30, "in 30 days")]
    public void When_says_how_long_ago_or_how_long_left(ExpiryState state, int days, string expected) =>
        Assert.Equal(expected, LifecycleMessages.When(new ExpiryVerdict(state, null, days, isEstimated: false)));

    [Fact]
    public void Expired_model_message_reads_the_same_for_every_reporter()
    {
        var verdict = new ExpiryVerdict(ExpiryState.Expired, new DateTime(2026, 1, 15), -12, isEstimated: true);

        var message = string.Format(
            CultureInfo.InvariantCulture,
            LifecycleMessages.ModelExpiredForTranscription,
            "Old model",
            LifecycleMessages.Locale(null),
            LifecycleMessages.Date(verdict.Deadline),
            LifecycleMessages.Estimated(verdict),
            LifecycleMessages.When(verdict));

        Assert.Equal("Speech model 'Old model' (unknown locale) expired for transcription on 2026-01-15 (estimated), 12 days ago: transcription requests that use it fail with 4xx errors", message);
    }

    [Fact]
    public void Unavailable_reason_names_the_host_only_when_given() =>
        Assert.Equal(
            ("no key is configured for its host; set the MY_KEY environment variable, or add a SpeechLifecycleResource item with a KeyVariable for that host",
             "no key is configured for eastus.api.cognitive.microsoft.com; set the MY_KEY environment variable, or add a SpeechLifecycleResource item with a KeyVariable for that host"),
            (LifecycleMessages.Explain(UnavailableReason.NoKeyForHost, "MY_KEY"),
             LifecycleMessages.Explain(UnavailableReason.NoKeyForHost, "MY_KEY", "eastus.api.cognitive.microsoft.com")));

    [Theory]
    [InlineData(null, "")]
    [InlineData("looked up on eastus.api.cognitive.microsoft.com.", "; looked up on eastus.api.cognitive.microsoft.com")]
    // A detail cached before the message said the reasons itself: the repeated reasons are dropped.
    [InlineData("eastus.api.cognitive.microsoft.com answered 404 for this endpoint (deleted, another resource or region, or a custom-voice endpoint).", "; eastus.api.cognitive.microsoft.com answered 404 for this endpoint")]
    public void NotFound_detail_never_repeats_the_reasons(string? detail, string expected) =>
        Assert.Equal(expected, LifecycleMessages.NotFoundDetail(detail));

    [Fact]
    public void No_credential_reason_names_both_the_key_variable_and_Microsoft_Entra_ID()
    {
        var reason = LifecycleMessages.Explain(UnavailableReason.NoCredentialForHost, "MY_KEY", "contoso.cognitiveservices.azure.com");

        Assert.Equal("no credential is available for contoso.cognitiveservices.azure.com: no key in the MY_KEY environment variable and no Microsoft Entra ID token; set the key variable, or sign in with the Azure CLI or the Azure Developer CLI", reason);
    }

    [Fact]
    public void Authentication_failure_reason_covers_keys_and_tokens() =>
        Assert.Equal(
            "the Speech service refused the credential (401/403); check the key in the MY_KEY environment variable, or, with Microsoft Entra ID, the Cognitive Services Speech User role",
            LifecycleMessages.Explain(UnavailableReason.AuthenticationFailed, "MY_KEY"));
}
