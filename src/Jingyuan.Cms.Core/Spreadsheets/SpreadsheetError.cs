namespace Jingyuan.Cms.Spreadsheets;

/// <summary>One problem in an uploaded sheet, located as a person would look for it.</summary>
public sealed record SpreadsheetError(int Row, string Column, string Header, string Message)
{
    public override string ToString() => Row == 0
        ? Message
        : string.IsNullOrEmpty(Column) ? $"第{Row}行：{Message}" : $"第{Row}行，{Column}列（{Header}）：{Message}";
}

public sealed record SpreadsheetImportResult(int Imported, IReadOnlyList<SpreadsheetError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
