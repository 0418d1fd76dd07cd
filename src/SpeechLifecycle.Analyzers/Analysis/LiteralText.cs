using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// The text of a string literal token (every kind, or one constant part of an interpolated string) with, for each
/// character, where it stands in the source, so a reference found in the value maps onto the exact source span even
/// when escapes (<c>\u0041</c>, <c>""</c>, <c>{{</c>) changed the length.
/// </summary>
internal sealed class LiteralText
{
    private readonly int[] _sourcePositions;

    private LiteralText(string value, int[] sourcePositions)
    {
        Value = value;
        _sourcePositions = sourcePositions;
    }

    public string Value { get; }

    /// <summary>The source span of <c>Value[start..start+length]</c>.</summary>
    public TextSpan ToSourceSpan(int start, int length) =>
        TextSpan.FromBounds(_sourcePositions[start], _sourcePositions[start + length]);

    /// <summary>The text of <paramref name="token"/>, or null when it is not a string token this analyzer reads.</summary>
    public static LiteralText? From(SyntaxToken token)
    {
        var text = token.Text;
        var origin = token.SpanStart;
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken:
                return Quoted(text, origin, suffixLength: 0);
            case SyntaxKind.Utf8StringLiteralToken:
                return Quoted(text, origin, suffixLength: 2);
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
                return Raw(text, origin, suffixLength: 0);
            case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
            case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                return Raw(text, origin, suffixLength: 2);
            case SyntaxKind.InterpolatedStringTextToken:
                return InterpolationPart(token, text, origin);
            default:
                return null;
        }
    }

    private static LiteralText? Quoted(string text, int origin, int suffixLength)
    {
        var verbatim = text.StartsWith("@", StringComparison.Ordinal);
        var start = verbatim ? 2 : 1;
        var end = text.Length - 1 - suffixLength;
        if (end < start || text[end] != '"')
        {
            return null;
        }

        return verbatim ? Verbatim(text, start, end, origin, braces: false) : Escaped(text, start, end, origin, braces: false);
    }

    // Raw strings have no escapes; their indentation is not part of a URI, so the content is read as written.
    private static LiteralText? Raw(string text, int origin, int suffixLength)
    {
        var quotes = 0;
        while (quotes < text.Length && text[quotes] == '"')
        {
            quotes++;
        }

        var end = text.Length - suffixLength - quotes;
        return end < quotes ? null : Identity(text, quotes, end, origin);
    }

    private static LiteralText? InterpolationPart(SyntaxToken token, string text, int origin)
    {
        var interpolated = token.Parent?.Parent as InterpolatedStringExpressionSyntax;
        switch (interpolated?.StringStartToken.Kind())
        {
            case SyntaxKind.InterpolatedStringStartToken:
                return Escaped(text, 0, text.Length, origin, braces: true);
            case SyntaxKind.InterpolatedVerbatimStringStartToken:
                return Verbatim(text, 0, text.Length, origin, braces: true);
            case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
            case SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                return Identity(text, 0, text.Length, origin);
            default:
                return null;
        }
    }

    private static LiteralText Identity(string text, int start, int end, int origin)
    {
        var positions = new int[end - start + 1];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = origin + start + i;
        }

        return new LiteralText(text.Substring(start, end - start), positions);
    }

    private static LiteralText Verbatim(string text, int start, int end, int origin, bool braces)
    {
        var value = new StringBuilder(end - start);
        var positions = new List<int>(end - start + 1);
        var i = start;
        while (i < end)
        {
            positions.Add(origin + i);
            var c = text[i];
            value.Append(c);
            i += (c == '"' || (braces && (c == '{' || c == '}'))) && i + 1 < end && text[i + 1] == c ? 2 : 1;
        }

        positions.Add(origin + end);
        return new LiteralText(value.ToString(), positions.ToArray());
    }

    private static LiteralText Escaped(string text, int start, int end, int origin, bool braces)
    {
        var value = new StringBuilder(end - start);
        var positions = new List<int>(end - start + 1);
        var i = start;
        while (i < end)
        {
            var at = origin + i;
            var c = text[i];
            if (braces && (c == '{' || c == '}') && i + 1 < end && text[i + 1] == c)
            {
                positions.Add(at);
                value.Append(c);
                i += 2;
                continue;
            }

            if (c != '\\' || i + 1 >= end)
            {
                positions.Add(at);
                value.Append(c);
                i++;
                continue;
            }

            var (decoded, length) = DecodeEscape(text, i, end);
            foreach (var ch in decoded)
            {
                positions.Add(at);
                value.Append(ch);
            }

            i += length;
        }

        positions.Add(origin + end);
        return new LiteralText(value.ToString(), positions.ToArray());
    }

    private static (string Decoded, int Length) DecodeEscape(string text, int at, int end)
    {
        var kind = text[at + 1];
        switch (kind)
        {
            case 'u':
                return Hex(text, at, end, 4, 4);
            case 'U':
                return Hex(text, at, end, 8, 8);
            case 'x':
                return Hex(text, at, end, 1, 4);
            case '0': return ("\0", 2);
            case 'a': return ("\a", 2);
            case 'b': return ("\b", 2);
            case 'e': return ("\u001b", 2);
            case 'f': return ("\f", 2);
            case 'n': return ("\n", 2);
            case 'r': return ("\r", 2);
            case 't': return ("\t", 2);
            case 'v': return ("\v", 2);
            default: return (kind.ToString(), 2);
        }
    }

    private static (string Decoded, int Length) Hex(string text, int at, int end, int min, int max)
    {
        var digits = 0;
        var code = 0;
        while (digits < max && at + 2 + digits < end && Uri.IsHexDigit(text[at + 2 + digits]))
        {
            code = (code * 16) + Convert.ToInt32(text[at + 2 + digits].ToString(), 16);
            digits++;
        }

        if (digits < min)
        {
            return (text[at + 1].ToString(), 2);
        }

        var decoded = code <= 0xFFFF ? ((char)code).ToString() : code <= 0x10FFFF ? char.ConvertFromUtf32(code) : "\uFFFD";
        return (decoded, 2 + digits);
    }
}
