namespace Jingyuan.Cms.Spreadsheets;

/// <summary>One problem in an uploaded sheet, located as a person would look for it.</summary>
public sealed record SpreadsheetError(int Row, string Column, string Header, string Message)
{
    public override string ToString() => Row == 0
        ? Message
        : string.IsNullOrEmpty(Column) ? $"第{Row}行：{Message}" : $"第{Row}行，{Column}列（{Header}）：{Message}";
}

/// <summary>What an import wrote: <see cref="Imported"/> rows in all, of which <see cref="Updated"/> were new versions of matched persons.</summary>
public sealed record SpreadsheetImportResult(int Imported, IReadOnlyList<SpreadsheetError> Errors, int Updated = 0)
{
    public int Created => Imported - Updated;

    public bool Succeeded => Errors.Count == 0;
}
