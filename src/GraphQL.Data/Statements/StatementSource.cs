using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace KtPortal.GraphQL.Data.Statements;

/// <summary>
/// The EF Core context behind a query, and the services a statement written here needs from it: its connection
/// (opened and closed as EF Core does, so connection interceptors and the ambient transaction apply), its command
/// builder (so command interceptors, logging and diagnostics see the statement) and its type mappings (so values
/// are sent as EF Core sends them, value converters included).
/// </summary>
/// <remarks>
/// EF Core gives no public way from a query's provider to its context. The provider holds its query compiler, and
/// the compiler its query-context factory, whose contexts name the <see cref="DbContext"/>; both are private fields
/// read by reflection once per provider type. When they are not found (another provider, or another EF Core
/// version), <see cref="For"/> answers null and the query runs through EF Core as before.
/// </remarks>
internal sealed class StatementSource
{
    /// <summary>The provider whose SQL the statements are written in.</summary>
    public const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private static readonly ConditionalWeakTable<IQueryProvider, StatementSource> Known = [];

    private static readonly StatementSource None = new();

    private static readonly Action<ILogger, string, Exception?> NotWritten = LoggerMessage.Define<string>(
        LogLevel.Debug,
        new EventId(1, "KtPortal.GraphQL.Data.StatementNotWritten"),
        "A data query was not written as SQL by the data layer (it has a part the data layer does not translate); it runs through EF Core: {Query}");

    private static readonly ConcurrentDictionary<Type, Func<IQueryProvider, DbContext?>?> ContextReaders = new();

    private long _cacheHits;

    private long _cacheMisses;

    private StatementSource()
    {
        Context = null!;
        QueryLogger = null!;
        Connection = null!;
        Commands = null!;
        Logger = null!;
        Mappings = null!;
    }

    private StatementSource(DbContext context)
    {
        Context = context;
        var services = ((IInfrastructure<IServiceProvider>)context).Instance;
        Connection = (IRelationalConnection)services.GetService(typeof(IRelationalConnection))!;
        Commands = (IRelationalCommandBuilderFactory)services.GetService(typeof(IRelationalCommandBuilderFactory))!;
        Logger = (IRelationalCommandDiagnosticsLogger)services.GetService(typeof(IRelationalCommandDiagnosticsLogger))!;
        Mappings = (IRelationalTypeMappingSource)services.GetService(typeof(IRelationalTypeMappingSource))!;
        QueryLogger = ((IDiagnosticsLogger<DbLoggerCategory.Query>)services.GetService(typeof(IDiagnosticsLogger<DbLoggerCategory.Query>))!).Logger;
    }

    /// <summary>The context.</summary>
    public DbContext Context { get; }

    /// <summary>Its connection.</summary>
    public IRelationalConnection Connection { get; }

    /// <summary>Its command builders.</summary>
    public IRelationalCommandBuilderFactory Commands { get; }

    /// <summary>Its command logger.</summary>
    public IRelationalCommandDiagnosticsLogger Logger { get; }

    /// <summary>Its type mappings.</summary>
    public IRelationalTypeMappingSource Mappings { get; }

    /// <summary>The statements kept for its model and type mappings (<see cref="StatementCache"/>), once looked up.</summary>
    internal StatementCache.Statements? Statements { get; set; }

    /// <summary>This context's queries answered from the <see cref="StatementCache"/>.</summary>
    internal long CacheHits => Interlocked.Read(ref _cacheHits);

    /// <summary>This context's queries the <see cref="StatementCache"/> did not answer, translated instead.</summary>
    internal long CacheMisses => Interlocked.Read(ref _cacheMisses);

    /// <summary>Counts a query answered from the cache (<paramref name="hit"/>) or translated.</summary>
    internal void CountLookup(bool hit) => Interlocked.Increment(ref hit ? ref _cacheHits : ref _cacheMisses);

    /// <summary>Its query logger (category <c>Microsoft.EntityFrameworkCore.Query</c>).</summary>
    public ILogger QueryLogger { get; }

    /// <summary>Logs, at Debug level, that <paramref name="query"/> runs through EF Core instead.</summary>
    public void LogNotWritten(Expression query)
    {
        if (QueryLogger.IsEnabled(LogLevel.Debug))
        {
            NotWritten(QueryLogger, query.ToString(), null);
        }
    }

    /// <summary>
    /// The source of a query on a PostgreSQL context, or null for any other query (LINQ to objects, another
    /// database, or a provider this cannot see through).
    /// </summary>
    public static StatementSource? For(IQueryProvider provider)
    {
        var source = Known.GetValue(provider, static p =>
        {
            var read = ContextReaders.GetOrAdd(p.GetType(), ContextReader);
            // A retrying execution strategy wraps EF Core's own queries; a statement written here would not be retried.
            return read?.Invoke(p) is { } context && context.Database.ProviderName == PostgreSqlProvider
                && !context.Database.CreateExecutionStrategy().RetriesOnFailure
                    ? new StatementSource(context)
                    : None;
        });
        return ReferenceEquals(source, None) ? null : source;
    }

    private const int MaxPresizedRows = 1_024;

    /// <summary>Runs <paramref name="statement"/> and reads every row with <paramref name="read"/>.</summary>
    public async Task<List<TRow>> ReadAsync<TRow>(SqlStatement statement, Func<DbDataReader, TRow> read, CancellationToken cancellationToken)
    {
        var builder = Commands.Create().Append(statement.Text);
        var values = new Dictionary<string, object?>(statement.Parameters.Count, StringComparer.Ordinal);
        foreach (var parameter in statement.Parameters)
        {
            builder.AddParameter(parameter.Name, "@" + parameter.Name, parameter.Mapping, nullable: parameter.Value is null);
            values[parameter.Name] = parameter.Value;
        }

        var command = builder.Build();
        var reader = await command.ExecuteReaderAsync(
            new RelationalCommandParameterObject(Connection, values, null, Context, Logger, CommandSource.LinqQuery), cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            // Sized for the rows the statement's limits allow, up to a bound, so that a page is read without regrowing.
            var rows = new List<TRow>(Math.Min(statement.MaxRows, MaxPresizedRows));
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader.DbDataReader));
            }

            return rows;
        }
    }

    // Read once per provider (For keeps the answer): provider._queryCompiler._queryContextFactory.Create().Context.
    private static Func<IQueryProvider, DbContext?>? ContextReader(Type providerType)
    {
        if (FindField(providerType, "_queryCompiler") is not { } compilerField)
        {
            return null;
        }

        return provider => compilerField.GetValue(provider) is { } compiler
            && FindField(compiler.GetType(), "_queryContextFactory")?.GetValue(compiler) is IQueryContextFactory factory
                ? factory.Create().Context
                : null;
    }

    private static FieldInfo? FindField(Type type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetField(name, BindingFlags.Instance | BindingFlags.NonPublic) is { } field)
            {
                return field;
            }
        }

        return null;
    }
}
