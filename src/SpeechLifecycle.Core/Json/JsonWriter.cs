using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpeechLifecycle.Json;

/// <summary>A minimal indented JSON writer (two spaces, \n line ends, invariant culture) for snapshots and cache entries.</summary>
/// <remarks>Misuse (a value where a property name is due, unbalanced ends) throws <see cref="InvalidOperationException"/>.</remarks>
public sealed class JsonWriter
{
    private readonly StringBuilder _builder = new();

    // One frame per open container: whether it is an object, and how many members it has so far.
    private readonly Stack<(bool IsObject, int Count)> _frames = new();
    private bool _afterPropertyName;
    private bool _rootWritten;

    public void StartObject() => Start('{', isObject: true);

    public void EndObject() => End('}', isObject: true);

    public void StartArray() => Start('[', isObject: false);

    public void EndArray() => End(']', isObject: false);

    public void PropertyName(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (_frames.Count == 0 || !_frames.Peek().IsObject || _afterPropertyName)
        {
            throw new InvalidOperationException("A property name is only valid directly inside an object.");
        }

        NextMember();
        WriteEscaped(name);
        _builder.Append(": ");
        _afterPropertyName = true;
    }

    public void String(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        BeforeValue();
        WriteEscaped(value);
    }

    public void Number(long value)
    {
        BeforeValue();
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Boolean(bool value)
    {
        BeforeValue();
        _builder.Append(value ? "true" : "false");
    }

    public void Null()
    {
        BeforeValue();
        _builder.Append("null");
    }

    public override string ToString() => _builder.ToString();

    private void Start(char open, bool isObject)
    {
        BeforeValue();
        _builder.Append(open);
        _frames.Push((isObject, 0));
    }

    private void End(char close, bool isObject)
    {
        if (_frames.Count == 0 || _frames.Peek().IsObject != isObject || _afterPropertyName)
        {
            throw new InvalidOperationException($"'{close}' does not close the innermost open container.");
        }

        var frame = _frames.Pop();
        if (frame.Count > 0)
        {
            NewLine();
        }

        _builder.Append(close);
    }

    private void BeforeValue()
    {
        if (_frames.Count == 0)
        {
            if (_rootWritten)
            {
                throw new InvalidOperationException("A JSON document has one root value.");
            }

            _rootWritten = true;
            return;
        }

        if (_frames.Peek().IsObject)
        {
            if (!_afterPropertyName)
            {
                throw new InvalidOperationException("A value inside an object needs a property name first.");
            }

            _afterPropertyName = false;
            return;
        }

        NextMember();
    }

    private void NextMember()
    {
        var frame = _frames.Pop();
        if (frame.Count > 0)
        {
            _builder.Append(',');
        }

        _frames.Push((frame.IsObject, frame.Count + 1));
        NewLine();
    }

    private void NewLine()
    {
        _builder.Append('\n');
        _builder.Append(' ', _frames.Count * 2);
    }

    private void WriteEscaped(string value)
    {
        _builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _builder.Append("\\\""); break;
                case '\\': _builder.Append("\\\\"); break;
                case '\n': _builder.Append("\\n"); break;
                case '\r': _builder.Append("\\r"); break;
                case '\t': _builder.Append("\\t"); break;
                case '\b': _builder.Append("\\b"); break;
                case '\f': _builder.Append("\\f"); break;
                default:
                    // Control characters, and the two line separators some JavaScript readers choke on.
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        _builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _builder.Append(c);
                    }

                    break;
            }
        }

        _builder.Append('"');
    }
}
