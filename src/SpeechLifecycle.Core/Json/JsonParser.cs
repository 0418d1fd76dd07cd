using System;
using System.Collections.Generic;
using System.Text;

namespace SpeechLifecycle.Json;

/// <summary>
/// Parses JSON text into <see cref="JsonValue"/>s with positions. Accepts what appsettings files contain in practice
/// (<c>//</c> and <c>/* */</c> comments, trailing commas, a BOM); anything else malformed throws
/// <see cref="JsonParseException"/>. Nesting depth is bounded so hostile input cannot overflow the stack.
/// </summary>
public static class JsonParser
{
    public const int MaxDepth = 128;

    public static JsonValue Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var reader = new Reader(text);
        reader.SkipTrivia();
        if (reader.AtEnd)
        {
            throw reader.Error("The document is empty");
        }

        var root = reader.ReadValue(0);
        reader.SkipTrivia();
        if (!reader.AtEnd)
        {
            throw reader.Error($"Unexpected '{reader.Current}' after the end of the document");
        }

        return root;
    }

    /// <summary>One pass over the text; tracks line starts so every value knows its line and column.</summary>
    private sealed class Reader
    {
        private readonly string _text;
        private int _position;
        private int _line = 1;
        private int _lineStart;

        public Reader(string text)
        {
            _text = text;
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                // A BOM takes no column: the first character after it is column 1.
                _position = 1;
                _lineStart = 1;
            }
        }

        public bool AtEnd => _position >= _text.Length;

        public char Current => _text[_position];

        public JsonParseException Error(string message) => ErrorAt(message, _position);

        public JsonValue ReadValue(int depth)
        {
            var c = Current;
            switch (c)
            {
                case '{':
                    return ReadObject(depth + 1);
                case '[':
                    return ReadArray(depth + 1);
                case '"':
                    return ReadString();
                case 't':
                    return ReadLiteral("true", JsonKind.True);
                case 'f':
                    return ReadLiteral("false", JsonKind.False);
                case 'n':
                    return ReadLiteral("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw Error($"Unexpected '{Printable(c)}' where a value was expected");
            }
        }

        public void SkipTrivia()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '\n')
                {
                    NewLine(_position + 1);
                }
                else if (c == '\r')
                {
                    if (_position + 1 < _text.Length && _text[_position + 1] == '\n')
                    {
                        _position++;
                    }

                    NewLine(_position + 1);
                }
                else if (c == ' ' || c == '\t')
                {
                    _position++;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    while (_position < _text.Length && _text[_position] != '\n' && _text[_position] != '\r')
                    {
                        _position++;
                    }
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
                {
                    SkipBlockComment();
                }
                else if (c == '/')
                {
                    throw Error("A '/' that does not start a comment");
                }
                else
                {
                    return;
                }
            }
        }

        private void SkipBlockComment()
        {
            var start = _position;
            _position += 2;
            while (true)
            {
                if (_position >= _text.Length)
                {
                    throw ErrorAt("Unterminated /* comment", start);
                }

                var c = _text[_position];
                if (c == '*' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    _position += 2;
                    return;
                }

                if (c == '\n' || (c == '\r' && (_position + 1 >= _text.Length || _text[_position + 1] != '\n')))
                {
                    NewLine(_position + 1);
                }
                else
                {
                    _position++;
                }
            }
        }

        private JsonValue ReadObject(int depth)
        {
            CheckDepth(depth);
            int start = _position, line = _line, column = Column(start);
            _position++;
            var properties = new List<JsonProperty>();
            while (true)
            {
                SkipTrivia();
                ExpectMore("'}'", start);
                if (Current == '}')
                {
                    _position++;
                    return new JsonValue(JsonKind.Object, null, properties, null, start, _position - start, line, column);
                }

                if (Current != '"')
                {
                    throw Error($"Expected a property name in double quotes, found '{Printable(Current)}'");
                }

                var nameStart = _position;
                var name = ReadStringText();
                SkipTrivia();
                ExpectMore("':'", start);
                if (Current != ':')
                {
                    throw Error($"Expected ':' after property name \"{name}\", found '{Printable(Current)}'");
                }

                _position++;
                SkipTrivia();
                ExpectMore("a value", start);
                properties.Add(new JsonProperty(name, nameStart, ReadValue(depth)));
                SkipTrivia();
                ExpectMore("'}'", start);
                if (Current == ',')
                {
                    _position++;
                }
                else if (Current != '}')
                {
                    throw Error($"Expected ',' or '}}' after a property value, found '{Printable(Current)}'");
                }
            }
        }

        private JsonValue ReadArray(int depth)
        {
            CheckDepth(depth);
            int start = _position, line = _line, column = Column(start);
            _position++;
            var items = new List<JsonValue>();
            while (true)
            {
                SkipTrivia();
                ExpectMore("']'", start);
                if (Current == ']')
                {
                    _position++;
                    return new JsonValue(JsonKind.Array, null, null, items, start, _position - start, line, column);
                }

                items.Add(ReadValue(depth));
                SkipTrivia();
                ExpectMore("']'", start);
                if (Current == ',')
                {
                    _position++;
                }
                else if (Current != ']')
                {
                    throw Error($"Expected ',' or ']' after an array item, found '{Printable(Current)}'");
                }
            }
        }

        private JsonValue ReadString()
        {
            int start = _position, line = _line, column = Column(start);
            var value = ReadStringText();
            return new JsonValue(JsonKind.String, value, null, null, start, _position - start, line, column);
        }

        private string ReadStringText()
        {
            var start = _position;
            _position++;
            StringBuilder? builder = null;
            var runStart = _position;
            while (true)
            {
                if (_position >= _text.Length)
                {
                    throw ErrorAt("Unterminated string", start);
                }

                var c = _text[_position];
                if (c == '"')
                {
                    string result;
                    if (builder is null)
                    {
                        result = _text.Substring(runStart, _position - runStart);
                    }
                    else
                    {
                        result = builder.Append(_text, runStart, _position - runStart).ToString();
                    }

                    _position++;
                    return result;
                }

                if (c < ' ')
                {
                    throw Error(c == '\n' || c == '\r' ? "Unterminated string (line break inside a string)" : "Control character inside a string; escape it");
                }

                if (c != '\\')
                {
                    _position++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _position - runStart);
                if (_position + 1 >= _text.Length)
                {
                    throw ErrorAt("Unterminated string", start);
                }

                var escape = _text[_position + 1];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        builder.Append(ReadUnicodeEscape());
                        runStart = _position;
                        continue;
                    default:
                        throw Error($"Invalid escape sequence '\\{Printable(escape)}'");
                }

                _position += 2;
                runStart = _position;
            }
        }

        private char ReadUnicodeEscape()
        {
            if (_position + 6 > _text.Length)
            {
                throw Error("Incomplete \\u escape");
            }

            var value = 0;
            for (var i = _position + 2; i < _position + 6; i++)
            {
                var c = _text[i];
                int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0)
                {
                    throw Error("Invalid \\u escape: expected four hex digits");
                }

                value = (value << 4) | digit;
            }

            _position += 6;
            return (char)value;
        }

        private JsonValue ReadNumber()
        {
            int start = _position, line = _line, column = Column(start);
            if (Current == '-')
            {
                _position++;
            }

            if (AtEnd || !IsDigit(Current))
            {
                throw Error("Invalid number: expected a digit");
            }

            if (Current == '0')
            {
                _position++;
                if (!AtEnd && IsDigit(Current))
                {
                    throw Error("Invalid number: leading zeros are not allowed");
                }
            }
            else
            {
                SkipDigits();
            }

            if (!AtEnd && Current == '.')
            {
                _position++;
                if (AtEnd || !IsDigit(Current))
                {
                    throw Error("Invalid number: expected a digit after '.'");
                }

                SkipDigits();
            }

            if (!AtEnd && (Current == 'e' || Current == 'E'))
            {
                _position++;
                if (!AtEnd && (Current == '+' || Current == '-'))
                {
                    _position++;
                }

                if (AtEnd || !IsDigit(Current))
                {
                    throw Error("Invalid number: expected a digit in the exponent");
                }

                SkipDigits();
            }

            if (!AtEnd && (char.IsLetterOrDigit(Current) || Current == '.' || Current == '_'))
            {
                throw Error($"Invalid number: unexpected '{Printable(Current)}'");
            }

            return new JsonValue(JsonKind.Number, _text.Substring(start, _position - start), null, null, start, _position - start, line, column);
        }

        private JsonValue ReadLiteral(string literal, JsonKind kind)
        {
            int start = _position, line = _line, column = Column(start);
            if (_position + literal.Length > _text.Length || string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0
                || (_position + literal.Length < _text.Length && char.IsLetterOrDigit(_text[_position + literal.Length])))
            {
                throw Error($"Unexpected '{Printable(Current)}' where a value was expected");
            }

            _position += literal.Length;
            return new JsonValue(kind, null, null, null, start, literal.Length, line, column);
        }

        private void SkipDigits()
        {
            while (!AtEnd && IsDigit(Current))
            {
                _position++;
            }
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"The document nests deeper than {MaxDepth} levels");
            }
        }

        private void ExpectMore(string what, int containerStart)
        {
            if (AtEnd)
            {
                var container = _text[containerStart] == '{' ? "object" : "array";
                throw Error($"Unexpected end of the document: expected {what} to close the {container} opened at {LineOf(containerStart)}");
            }
        }

        private void NewLine(int nextLineStart)
        {
            _line++;
            _lineStart = nextLineStart;
            _position = nextLineStart;
        }

        private int Column(int position) => position - _lineStart + 1;

        private JsonParseException ErrorAt(string message, int position)
        {
            // Positions behind the current line (an unterminated string or comment) need their own line count.
            if (position >= _lineStart)
            {
                return new JsonParseException(message, _line, Column(position));
            }

            CountLines(position, out var line, out var column);
            return new JsonParseException(message, line, column);
        }

        private string LineOf(int position)
        {
            CountLines(position, out var line, out var column);
            return $"line {line}, column {column}";
        }

        private void CountLines(int position, out int line, out int column)
        {
            line = 1;
            var lineStart = _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : 0;
            for (var i = lineStart; i < position; i++)
            {
                if (_text[i] == '\n' || (_text[i] == '\r' && (i + 1 >= _text.Length || _text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            column = position - lineStart + 1;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static string Printable(char c) => c < ' ' ? $"\\u{(int)c:x4}" : c.ToString();
    }
}
