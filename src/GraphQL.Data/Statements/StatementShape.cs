using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore.Query;

namespace KtPortal.GraphQL.Data.Statements;

/// <summary>
/// The shape of the expressions a statement is translated from, as a key of the <see cref="StatementCache"/>: every
/// node's kind, type, member, method and operands, and the value of every constant the SQL text may depend on
/// (numbers, strings, enum members, dates and the like), but not the values the query reads from its closures and
/// value holders. Those are what the statement sends as parameters; their nodes are kept, in the order of the walk,
/// so that a statement cached for one tree reads its parameters from another tree of the same shape.
/// </summary>
/// <remarks>
/// Two trees have equal keys only when they are alike node for node. Types, fields and methods are named by their
/// runtime handles, which are unique in the process. A node kind the walk does not know (a block, an invocation, an
/// extension other than a table's root) makes the trees uncacheable, and they are translated every time.
/// </remarks>
internal sealed class StatementShape
{
    private const long Opaque = 2;

    // The type arguments of the generic methods met so far (GetGenericArguments makes a new array on every call).
    private static readonly ConcurrentDictionary<MethodInfo, long[]> GenericArguments = new();

    private readonly List<long> _key = new(256);

    private readonly List<ParameterExpression> _parameters = [];

    /// <summary>The nodes of the walk, in its order.</summary>
    public List<Expression> Nodes { get; } = new(128);

    /// <summary>The key, once <see cref="TryAdd"/> has walked every tree of the statement.</summary>
    public StatementKey Key => new([.. _key]);

    /// <summary>Adds a marker of what the statement is (its kind and row type) to the key.</summary>
    public void Mark(long kind, Type row)
    {
        _key.Add(kind);
        _key.Add(row.TypeHandle.Value);
    }

    /// <summary>Adds <paramref name="expression"/>'s shape; false when some node of it is not known here.</summary>
    public bool TryAdd(Expression? expression)
    {
        if (expression is null)
        {
            _key.Add(-1);
            return true;
        }

        Nodes.Add(expression);
        _key.Add((long)expression.NodeType);
        _key.Add(expression.Type.TypeHandle.Value);

        // The commonest nodes first: the cases are disjoint classes, so their order changes nothing but the time.
        switch (expression)
        {
            case MemberExpression member:
                AddMember(member.Member);
                return TryAdd(member.Expression);
            case ParameterExpression parameter:
                var index = _parameters.IndexOf(parameter);
                if (index < 0)
                {
                    index = _parameters.Count;
                    _parameters.Add(parameter);
                }

                _key.Add(index);
                return true;
            case UnaryExpression unary:
                AddMethod(unary.Method);
                return TryAdd(unary.Operand);
            case MethodCallExpression call:
                AddMethod(call.Method);
                return TryAdd(call.Object) && TryAddArguments(call);
            case LambdaExpression lambda:
                _key.Add(lambda.Parameters.Count);
                for (var i = 0; i < lambda.Parameters.Count; i++)
                {
                    // A lambda declares its parameters: each is numbered where it is declared.
                    _parameters.Add(lambda.Parameters[i]);
                }

                return TryAdd(lambda.Body);
            case ConstantExpression constant:
                AddConstant(constant.Value);
                return true;
            case BinaryExpression binary:
                AddMethod(binary.Method);
                _key.Add(binary.IsLiftedToNull ? 1 : 0);
                return binary.Conversion is null && TryAdd(binary.Left) && TryAdd(binary.Right);
            case MemberInitExpression init:
                if (!TryAddNew(init.NewExpression))
                {
                    return false;
                }

                var bindings = init.Bindings;
                _key.Add(bindings.Count);
                for (var i = 0; i < bindings.Count; i++)
                {
                    if (bindings[i] is not MemberAssignment assignment)
                    {
                        return false;
                    }

                    AddMember(assignment.Member);
                    if (!TryAdd(assignment.Expression))
                    {
                        return false;
                    }
                }

                return true;
            case NewExpression created:
                return TryAddNew(created);
            case ConditionalExpression conditional:
                return TryAdd(conditional.Test) && TryAdd(conditional.IfTrue) && TryAdd(conditional.IfFalse);
            case NewArrayExpression array:
                return TryAddAll(array.Expressions);
            case TypeBinaryExpression test:
                _key.Add(test.TypeOperand.TypeHandle.Value);
                return TryAdd(test.Expression);
            case DefaultExpression:
                return true;
            case EntityQueryRootExpression root when root.GetType() == typeof(EntityQueryRootExpression):
                AddString(root.EntityType.Name);
                return true;
            default:
                return false;
        }
    }

    // A call's or a constructor's arguments, read without the read-only collection EF Core's trees would allocate
    // for each small call (the expression classes with up to five arguments make one on first access).
    private bool TryAddArguments(IArgumentProvider arguments)
    {
        var count = arguments.ArgumentCount;
        _key.Add(count);
        for (var i = 0; i < count; i++)
        {
            if (!TryAdd(arguments.GetArgument(i)))
            {
                return false;
            }
        }

        return true;
    }

    private bool TryAddAll(IReadOnlyList<Expression> expressions)
    {
        _key.Add(expressions.Count);
        for (var i = 0; i < expressions.Count; i++)
        {
            if (!TryAdd(expressions[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool TryAddNew(NewExpression created)
    {
        _key.Add(created.Constructor?.MethodHandle.Value ?? 0);
        if (created.Members is { } members)
        {
            _key.Add(members.Count);
            for (var i = 0; i < members.Count; i++)
            {
                AddMember(members[i]);
            }
        }
        else
        {
            _key.Add(-1);
        }

        return TryAddArguments(created);
    }

    private void AddMember(MemberInfo member)
    {
        _key.Add(member.DeclaringType?.TypeHandle.Value ?? 0);
        _key.Add(member is FieldInfo field ? field.FieldHandle.Value : member.MetadataToken);
    }

    // A method of a shared generic instantiation has one handle for all of them: its declaring type and its own type
    // arguments tell them apart.
    private void AddMethod(MethodInfo? method)
    {
        if (method is null)
        {
            _key.Add(0);
            return;
        }

        _key.Add(method.MethodHandle.Value);
        _key.Add(method.DeclaringType?.TypeHandle.Value ?? 0);
        if (method.IsGenericMethod)
        {
            _key.AddRange(GenericArguments.GetOrAdd(method, static m => [.. m.GetGenericArguments().Select(a => (long)a.TypeHandle.Value)]));
        }
    }

    // The value of a constant the SQL text may be made from; for any other object (a closure, a value holder, an
    // array), its type only: such values are read through the statement's recorded evaluations.
    private void AddConstant(object? value)
    {
        if (value is null)
        {
            _key.Add(0);
            return;
        }

        _key.Add(value.GetType().TypeHandle.Value);
        switch (value)
        {
            case string text:
                AddString(text);
                return;
            case decimal number:
                _key.Add(1);
                foreach (var bits in decimal.GetBits(number))
                {
                    _key.Add(bits);
                }

                return;
            case DateTimeOffset time:
                _key.Add(1);
                _key.Add(time.UtcTicks);
                _key.Add(time.Offset.Ticks);
                return;
            case Guid guid:
                _key.Add(1);
                Span<byte> bytes = stackalloc byte[16];
                guid.TryWriteBytes(bytes);
                _key.Add(BitConverter.ToInt64(bytes));
                _key.Add(BitConverter.ToInt64(bytes[8..]));
                return;
        }

        if (Bits(value) is { } single)
        {
            _key.Add(1);
            _key.Add(single);
        }
        else
        {
            _key.Add(Opaque);
        }
    }

    // The value of a constant that fits in 64 bits, or null for any other.
    private static long? Bits(object value) => value switch
    {
        Enum when value.GetType().GetEnumUnderlyingType() == typeof(ulong) => unchecked((long)Convert.ToUInt64(value, null)),
        Enum or bool or char or sbyte or byte or short or ushort or int or uint or long => Convert.ToInt64(value, null),
        ulong number => unchecked((long)number),
        double number => BitConverter.DoubleToInt64Bits(number),
        float number => BitConverter.SingleToInt32Bits(number),
        DateTime time => time.ToBinary(),
        TimeSpan span => span.Ticks,
        DateOnly date => date.DayNumber,
        TimeOnly time => time.Ticks,
        Type type => type.TypeHandle.Value,
        _ => null,
    };

    private void AddString(string text)
    {
        _key.Add(text.Length);
        for (var i = 0; i < text.Length; i += 4)
        {
            long packed = 0;
            for (var j = i; j < Math.Min(i + 4, text.Length); j++)
            {
                packed = (packed << 16) | text[j];
            }

            _key.Add(packed);
        }
    }
}

/// <summary>A statement's shape (<see cref="StatementShape"/>), compared element by element.</summary>
internal readonly struct StatementKey(long[] values) : IEquatable<StatementKey>
{
    private readonly long[] _values = values;

    private readonly int _hash = Hash(values);

    /// <inheritdoc/>
    public bool Equals(StatementKey other) => _hash == other._hash && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StatementKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    private static int Hash(long[] values)
    {
        var hash = default(HashCode);
        hash.AddBytes(MemoryMarshal.AsBytes(values.AsSpan()));
        return hash.ToHashCode();
    }
}
