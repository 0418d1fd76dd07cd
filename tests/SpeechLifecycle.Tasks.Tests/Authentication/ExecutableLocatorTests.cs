namespace SpeechLifecycle.Tasks.Tests;

public sealed class ExecutableLocatorTests
{
    [Fact]
    public void Windows_finds_az_cmd_through_PATHEXT_in_PATH_order()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        second.File("az.CMD", "@echo off"); // PATHEXT is upper case; Windows file names are case-insensitive
        first.File("az.txt", "not a program");

        var found = ExecutableLocator.Find("az", first.Path + Path.PathSeparator + second.Path, ".COM;.EXE;.BAT;.CMD", isWindows: true);

        Assert.Equal(Path.Combine(second.Path, "az.CMD"), found);
    }

    [Fact]
    public void Relative_and_empty_PATH_entries_are_never_searched()
    {
        using var temp = new TempDirectory();
        temp.File("az", "#!/bin/sh");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, temp.Path);

        Assert.Null(ExecutableLocator.Find("az", relative + Path.PathSeparator + Path.PathSeparator + ".", null, isWindows: false));
        Assert.Equal(Path.Combine(temp.Path, "az"), ExecutableLocator.Find("az", relative + Path.PathSeparator + temp.Path, null, isWindows: false));
    }

    [Fact]
    public void Nothing_found_without_PATH()
    {
        Assert.Null(ExecutableLocator.Find("az", null, null, isWindows: false));
        Assert.Null(ExecutableLocator.Find("az", string.Empty, ".CMD", isWindows: true));
    }
}
