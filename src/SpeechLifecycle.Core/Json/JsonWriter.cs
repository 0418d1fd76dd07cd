using System;
using System.Text;

namespace SpeechLifecycle.Json;

/// <summary>A minimal indented JSON writer (two spaces, \n line ends, invariant culture) for snapshots and cache entries.</summary>
public sealed class JsonWriter
{
    private readonly StringBuilder _builder = new();

    public void StartObject() => throw new NotImplementedException();

    public void EndObject() => throw new NotImplementedException();

    public void StartArray() => throw new NotImplementedException();

    public void EndArray() => throw new NotImplementedException();

    public void PropertyName(string name) => throw new NotImplementedException();

    public void String(string? value) => throw new NotImplementedException();

    public void Number(long value) => throw new NotImplementedException();

    public void Boolean(bool value) => throw new NotImplementedException();

    public void Null() => throw new NotImplementedException();

    public override string ToString() => _builder.ToString();
}
