using System.Globalization;

namespace SpeechLifecycle.Emulator;

/// <summary>A filter expression the service cannot evaluate; answered with 400 InvalidRequest / UnsupportedFilter.</summary>
internal sealed class UnsupportedFilterException(string message) : Exception(message);

/// <summary>
/// The service's <c>filter</c> parameter (speech-rest-api.md §1.4): <c>eq</c>/<c>ne</c> on displayName, description,
/// status, locale and the two dates; <c>gt</c>/<c>ge</c>/<c>lt</c>/<c>le</c> on the dates only; <c>and</c>, <c>or</c>,
/// <c>not</c> and parentheses. Strings compare ordinal, case-insensitive.
/// </summary>
internal static class EntityFilter
{
    private static readonly string[] StringProperties = { "displayName", "description", "status", "locale" };
    private static readonly string[] DateProperties = { "createdDateTime", "lastActionDateTime" };

    public static Func<SpeechEntity, bool> Parse(string filter)
    {
        var parser = new Parser(Tokenize(filter));
        Func<SpeechEntity, bool> predicate = parser.ParseOr();
        if (!parser.AtEnd)
        {
            throw new UnsupportedFilterException($"Unexpected '{parser.Peek()}' in the filter.");
        }

        return predicate;
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '\'')
            {
                var literal = new System.Text.StringBuilder("'");
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new UnsupportedFilterException("Unterminated string literal in the filter.");
                    }

                    if (text[i] == '\'')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '\'')
                        {
                            literal.Append('\'');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    literal.Append(text[i++]);
                }

                tokens.Add(literal.ToString());
            }
            else
            {
                int start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')')
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private sealed class Parser(List<string> tokens)
    {
        private int position;

        public bool AtEnd => position >= tokens.Count;

        public string Peek() => AtEnd ? "" : tokens[position];

        public Func<SpeechEntity, bool> ParseOr()
        {
            Func<SpeechEntity, bool> left = ParseAnd();
            while (IsKeyword("or"))
            {
                position++;
                Func<SpeechEntity, bool> first = left, second = ParseAnd();
                left = e => first(e) || second(e);
            }

            return left;
        }

        private Func<SpeechEntity, bool> ParseAnd()
        {
            Func<SpeechEntity, bool> left = ParseUnary();
            while (IsKeyword("and"))
            {
                position++;
                Func<SpeechEntity, bool> first = left, second = ParseUnary();
                left = e => first(e) && second(e);
            }

            return left;
        }

        private Func<SpeechEntity, bool> ParseUnary()
        {
            if (IsKeyword("not"))
            {
                position++;
                Func<SpeechEntity, bool> inner = ParseUnary();
                return e => !inner(e);
            }

            if (Peek() == "(")
            {
                position++;
                Func<SpeechEntity, bool> inner = ParseOr();
                if (Peek() != ")")
                {
                    throw new UnsupportedFilterException("Missing ')' in the filter.");
                }

                position++;
                return inner;
            }

            return ParseComparison();
        }

        private Func<SpeechEntity, bool> ParseComparison()
        {
            if (position + 3 > tokens.Count)
            {
                throw new UnsupportedFilterException("Incomplete comparison in the filter.");
            }

            string property = tokens[position], op = tokens[position + 1].ToLowerInvariant(), value = tokens[position + 2];
            position += 3;

            string? stringProperty = Array.Find(StringProperties, p => p.Equals(property, StringComparison.OrdinalIgnoreCase));
            if (stringProperty is not null)
            {
                if (op is not ("eq" or "ne"))
                {
                    throw new UnsupportedFilterException($"The operator '{op}' is not supported for the property '{stringProperty}'.");
                }

                if (!value.StartsWith('\''))
                {
                    throw new UnsupportedFilterException($"The property '{stringProperty}' must be compared with a quoted string.");
                }

                string expected = value[1..];
                bool wantEqual = op == "eq";
                return e => string.Equals(StringValue(e, stringProperty), expected, StringComparison.OrdinalIgnoreCase) == wantEqual;
            }

            string? dateProperty = Array.Find(DateProperties, p => p.Equals(property, StringComparison.OrdinalIgnoreCase));
            if (dateProperty is not null)
            {
                string text = value.Trim('\'');
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset moment))
                {
                    throw new UnsupportedFilterException($"'{value}' is not a date-time.");
                }

                Func<int, bool> accept = op switch
                {
                    "eq" => c => c == 0,
                    "ne" => c => c != 0,
                    "gt" => c => c > 0,
                    "ge" => c => c >= 0,
                    "lt" => c => c < 0,
                    "le" => c => c <= 0,
                    _ => throw new UnsupportedFilterException($"The operator '{op}' is not supported."),
                };
                bool created = dateProperty == "createdDateTime";
                return e => accept((created ? e.CreatedDateTime : e.LastActionDateTime ?? e.CreatedDateTime).CompareTo(moment));
            }

            throw new UnsupportedFilterException($"The property '{property}' is not supported in a filter.");
        }

        private bool IsKeyword(string keyword) => !AtEnd && tokens[position].Equals(keyword, StringComparison.OrdinalIgnoreCase);

        private static string? StringValue(SpeechEntity entity, string property) => property switch
        {
            "displayName" => entity.DisplayName,
            "description" => entity.Description,
            "status" => entity.Status,
            _ => entity.Locale,
        };
    }
}
