using System.Collections;
using Microsoft.Build.Framework;

namespace SpeechLifecycle.Tasks.Tests;

/// <summary>Collects what a task logs, like sourcelink's unit tests do, so tests assert on codes and text.</summary>
public sealed class FakeBuildEngine : IBuildEngine
{
    private readonly object _gate = new();

    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.csproj";

    /// <summary>Every logged text, for "the key appears nowhere" assertions.</summary>
    public IEnumerable<string> AllText =>
        Errors.Select(e => e.Code + " " + e.Message + " " + e.File)
            .Concat(Warnings.Select(w => w.Code + " " + w.Message + " " + w.File))
            .Concat(Messages.Select(m => m.Code + " " + m.Message + " " + m.File));

    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        lock (_gate)
        {
            Errors.Add(e);
        }
    }

    public void LogWarningEvent(BuildWarningEventArgs e)
    {
        lock (_gate)
        {
            Warnings.Add(e);
        }
    }

    public void LogMessageEvent(BuildMessageEventArgs e)
    {
        lock (_gate)
        {
            Messages.Add(e);
        }
    }

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException();
}
