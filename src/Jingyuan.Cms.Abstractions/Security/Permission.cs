namespace Jingyuan.Cms.Security;

/// <summary>A named right. Names are stable identifiers; descriptions are shown to administrators.</summary>
public sealed record Permission(string Name, string Description, string Category = "")
{
    public override string ToString() => Name;
}
