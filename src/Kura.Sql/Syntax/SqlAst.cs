using Kura.Core;

namespace Kura.Sql.Syntax;

// The immutable syntax tree of the supported subset. Binding replaces ColumnExpr with BoundColumnExpr and
// coerces literals; every other node is shared by the parsed and the bound tree.

internal abstract record SqlExpr(SourcePosition Position);

internal enum LiteralKind { Number, String, Date, Boolean, Null }

/// <summary>A literal. Value is decimal (Number), string, DateOnly, bool or null.</summary>
internal sealed record LiteralExpr(LiteralKind Kind, object? Value, SourcePosition Position) : SqlExpr(Position);

internal sealed record ColumnExpr(string? Qualifier, string Name, SourcePosition Position) : SqlExpr(Position);

/// <summary>A column resolved against the catalog: which FROM entry (0-based) and which declared column.</summary>
internal sealed record BoundColumnExpr(int Source, VaultTable Table, Column Column, SourcePosition Position) : SqlExpr(Position);

internal sealed record StarExpr(SourcePosition Position) : SqlExpr(Position);

internal enum UnaryOp { Negate, Plus, Not }

internal sealed record UnaryExpr(UnaryOp Op, SqlExpr Operand, SourcePosition Position) : SqlExpr(Position);

internal enum BinaryOp { Add, Subtract, Multiply, Divide, Modulo, Concat, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, And, Or }

internal sealed record BinaryExpr(BinaryOp Op, SqlExpr Left, SqlExpr Right, SourcePosition Position) : SqlExpr(Position);

internal sealed record BetweenExpr(SqlExpr Value, SqlExpr Low, SqlExpr High, bool Negated, SourcePosition Position) : SqlExpr(Position);

internal sealed record InListExpr(SqlExpr Value, IReadOnlyList<SqlExpr> Items, bool Negated, SourcePosition Position) : SqlExpr(Position);

/// <summary>LIKE / ILIKE. Escape is the user's ESCAPE character, or null for none (standard SQL).</summary>
internal sealed record LikeExpr(SqlExpr Value, SqlExpr Pattern, char? Escape, bool Negated, bool IgnoreCase, SourcePosition Position) : SqlExpr(Position);

internal sealed record IsNullExpr(SqlExpr Value, bool Negated, SourcePosition Position) : SqlExpr(Position);

internal sealed record CaseWhen(SqlExpr When, SqlExpr Then);

internal sealed record CaseExpr(SqlExpr? Operand, IReadOnlyList<CaseWhen> Whens, SqlExpr? Else, SourcePosition Position) : SqlExpr(Position);

/// <summary>A function call. Name is upper-cased. WithinGroup is the ORDER BY of PERCENTILE_CONT(p) WITHIN GROUP.</summary>
internal sealed record FunctionExpr(string Name, IReadOnlyList<SqlExpr> Args, bool Distinct, bool Star, SqlExpr? WithinGroup, SourcePosition Position) : SqlExpr(Position);

internal enum DatePart { Year, Quarter, Month, Day }

internal sealed record ExtractExpr(DatePart Part, SqlExpr Source, SourcePosition Position) : SqlExpr(Position);

internal sealed record SelectItem(SqlExpr Expr, string? Alias, SourcePosition Position);

/// <summary>A FROM entry: a vault table, or (Subquery set, Name empty) a per-person aggregation subquery.</summary>
internal sealed record TableRef(string? Schema, string Name, string? Alias, SourcePosition Position, SelectStatement? Subquery = null);

internal enum JoinKind { Inner, Left }

internal sealed record JoinClause(JoinKind Kind, TableRef Table, SqlExpr On, SourcePosition Position);

internal sealed record OrderItem(SqlExpr Expr, bool Descending, SourcePosition Position);

internal sealed record SelectStatement(
    IReadOnlyList<SelectItem> Items,
    TableRef From,
    IReadOnlyList<JoinClause> Joins,
    SqlExpr? Where,
    IReadOnlyList<SqlExpr> GroupBy,
    IReadOnlyList<OrderItem> OrderBy,
    long? Limit,
    long? Offset);
