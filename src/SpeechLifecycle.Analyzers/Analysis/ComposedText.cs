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
    /// <remarks>
    /// Iterative, like <see cref="Compose"/>: generated code concatenates tens of thousands of terms, and a recursive
    /// walk of such a tree overflowed the compiler's stack (issue 10). The operation tree itself is the compiler's.
    /// </remarks>
    public static bool UsesConstant(IOperation operation)
    {
        var pending = new Stack<IOperation>();
        pending.Push(operation);
        while (pending.Count > 0)
        {
            switch (WithoutConversions(pending.Pop()))
            {
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole)
                        {
                            pending.Push(hole.Expression);
                        }
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    pending.Push(binary.RightOperand);
                    pending.Push(binary.LeftOperand);
                    break;
                case IFieldReferenceOperation { Field.IsConst: true }:
                case ILocalReferenceOperation { Local.IsConst: true }:
                    return true;
            }
        }

        return false;
    }

    public static ComposedText Compose(IOperation operation)
    {
        var composed = new ComposedText();
        composed.Append(operation);
        return composed;
    }

    private static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Appends the parts in source order with an explicit stack (never recursion: see <see cref="UsesConstant"/>).</summary>
    private void Append(IOperation root)
    {
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (WithoutConversions(pending.Pop()))
            {
                case IInterpolatedStringOperation interpolated:
                    // Pushed last part first, so the first part is taken next.
                    for (var i = interpolated.Parts.Length - 1; i >= 0; i--)
                    {
                        switch (interpolated.Parts[i])
                        {
                            case IInterpolatedStringTextOperation text:
                                pending.Push(text.Text);
                                break;
                            case IInterpolationOperation hole:
                                pending.Push(hole.Expression);
                                break;
                        }
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    pending.Push(binary.RightOperand);
                    pending.Push(binary.LeftOperand);
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
    }

    private void AppendConstant(ISymbol constant, string value)
    {
        _constants.Add((_text.Length, value.Length, constant));
        _text.Append(value);
    }
}
