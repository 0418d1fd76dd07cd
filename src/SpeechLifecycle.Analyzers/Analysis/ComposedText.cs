using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// The text an interpolated string or a string concatenation builds when its constants are substituted, with where
/// each constant's value sits, so a model ID held in a <c>const</c> and completed into a URI elsewhere
/// (<c>$"{host}/speechtotext/models/{ModelId}"</c>, <c>new Uri(Base + ModelId)</c>) is recognised and reported on the
/// constant's declaration. Non-constant parts become a space, which no URI crosses.
/// </summary>
internal sealed class ComposedText
{
    private readonly List<(int Start, int Length, ISymbol Constant)> _constants = new();
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    public bool HasConstants => _constants.Count > 0;

    /// <summary>The constant whose value contains <paramref name="position"/>, and the offset of that position in its value.</summary>
    public bool TryGetConstantAt(int position, out ISymbol constant, out int segmentStart)
    {
        foreach (var (start, length, symbol) in _constants)
        {
            if (position >= start && position < start + length)
            {
                constant = symbol;
                segmentStart = start;
                return true;
            }
        }

        constant = null!;
        segmentStart = -1;
        return false;
    }

    /// <summary>Cheap check before composing: does <paramref name="operation"/> use a string constant symbol at all?</summary>
    public static bool UsesConstant(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && UsesConstant(hole.Expression))
                    {
                        return true;
                    }
                }

                return false;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                return UsesConstant(binary.LeftOperand) || UsesConstant(binary.RightOperand);
            case IFieldReferenceOperation { Field.IsConst: true }:
            case ILocalReferenceOperation { Local.IsConst: true }:
                return true;
            default:
                return false;
        }
    }

    public static ComposedText Compose(IOperation operation)
    {
        var composed = new ComposedText();
        composed.Append(operation);
        return composed;
    }

    private void Append(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    switch (part)
                    {
                        case IInterpolatedStringTextOperation text:
                            Append(text.Text);
                            break;
                        case IInterpolationOperation hole:
                            Append(hole.Expression);
                            break;
                    }
                }

                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                Append(binary.LeftOperand);
                Append(binary.RightOperand);
                break;
            case IFieldReferenceOperation { Field.IsConst: true, ConstantValue: { HasValue: true, Value: string value } } field:
                AppendConstant(field.Field, value);
                break;
            case ILocalReferenceOperation { Local.IsConst: true, ConstantValue: { HasValue: true, Value: string value } } local:
                AppendConstant(local.Local, value);
                break;
            case { ConstantValue: { HasValue: true, Value: string value } }:
                _text.Append(value);
                break;
            default:
                _text.Append(' ');
                break;
        }
    }

    private void AppendConstant(ISymbol constant, string value)
    {
        _constants.Add((_text.Length, value.Length, constant));
        _text.Append(value);
    }
}
