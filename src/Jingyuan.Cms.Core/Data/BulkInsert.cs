using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jingyuan.Cms.Data;

/// <summary>
/// Inserts many rows of a mapped entity in multi-row INSERT statements, inside the caller's transaction,
/// without the change tracker. Imports write tens of thousands of index and audit rows while the write
/// lock is held: through the change tracker that cost most of the lock time. Table, columns and value
/// conversion come from the EF model, so it follows the mappings of both providers. Store-generated
/// keys are left to the database and not read back: use it only for rows nothing else refers to.
/// </summary>
internal static class BulkInsert
{
    // Far below SQLite's 32,766 and PostgreSQL's 65,535 parameters per statement.
    private const int ParametersPerStatement = 4000;

    public static async Task InsertAsync<T>(CmsDbContext db, IReadOnlyList<T> rows, CancellationToken ct = default) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated.HasFlag(ValueGenerated.OnAdd)) && p.GetColumnName(table) is not null)
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
            + string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!))) + ") VALUES ";
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
        var getters = columns.Select(c => c.GetGetter()).ToList();
        var perStatement = Math.Max(1, ParametersPerStatement / columns.Count);

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("BulkInsert runs inside the caller's transaction.");
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            var count = Math.Min(perStatement, rows.Count - start);
            for (var r = 0; r < count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"@p{r * columns.Count + c}";
                    text.Append(c == 0 ? name : ", " + name);
                    // The mapping converts the value as EF would (enums, dates, decimals on SQLite).
                    command.Parameters.Add(mappings[c].CreateParameter(command, name, getters[c].GetClrValueUsingContainingEntity(rows[start + r]), columns[c].IsNullable));
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
