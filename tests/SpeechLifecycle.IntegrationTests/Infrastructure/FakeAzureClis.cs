namespace SpeechLifecycle.IntegrationTests.Infrastructure;

/// <summary>
/// A folder of fake <c>az</c> and <c>azd</c> executables (POSIX shell scripts) to put first on a consumer build's PATH,
/// outside the consumer's folder so a search of that folder for the token finds only what the build wrote.
/// </summary>
public sealed class FakeAzureClis
{
    public FakeAzureClis(PackedPackage package, string name) =>
        Directory = System.IO.Directory.CreateDirectory(Path.Combine(package.Root, "fake-clis", name)).FullName;

    public string Directory { get; }

    /// <summary>az printing <paramref name="token"/> the way <c>az account get-access-token --output json</c> does.</summary>
    public FakeAzureClis AzureCliPrints(string token) => Write("az", $$"""
        [ "$1 $2" = "account get-access-token" ] || exit 3
        echo '{"accessToken": "{{token}}", "expiresOn": "2099-01-01 00:00:00.000000", "expires_on": 4070908800, "tokenType": "Bearer"}'
        """);

    /// <summary>azd printing <paramref name="token"/> the way <c>azd auth token --output json</c> does.</summary>
    public FakeAzureClis AzureDeveloperCliPrints(string token) => Write("azd", $$"""
        [ "$1 $2" = "auth token" ] || exit 3
        echo '{"token": "{{token}}", "expiresOn": "2099-01-01T00:00:00Z"}'
        """);

    /// <summary>Not signed in: exit code 1, with text on both streams that must not reach the build's output.</summary>
    public FakeAzureClis Fails(string tool) => Write(tool, """
        echo "ERROR: Please run 'az login' to setup account. fake-cli-stderr-text" >&2
        echo "fake-cli-stdout-text"
        exit 1
        """);

    /// <summary>Exit code 0 but no token JSON.</summary>
    public FakeAzureClis PrintsGarbage(string tool) => Write(tool, """
        echo "fake-cli-garbage {accessToken: nope"
        """);

    /// <summary>Never answers: writes its pid to <see cref="PidFile"/>, then becomes a long <c>sleep</c> (same pid).</summary>
    public FakeAzureClis Hangs(string tool) => Write(tool, $"""
        echo $$ > "{PidFile(tool)}"
        exec sleep 600
        """);

    public string PidFile(string tool) => Path.Combine(Directory, tool + ".pid");

    /// <summary>The consumer environment with this folder first on PATH.</summary>
    public Dictionary<string, string?> Environment(PackedPackage package)
    {
        var environment = package.ConsumerEnvironment();
        environment["PATH"] = Directory + Path.PathSeparator + (environment.TryGetValue("PATH", out var path) ? path : "");
        return environment;
    }

    private FakeAzureClis Write(string tool, string body)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The fake Azure CLIs are POSIX shell scripts.");
        }

        var file = Path.Combine(Directory, tool);
        File.WriteAllText(file, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return this;
    }
}
