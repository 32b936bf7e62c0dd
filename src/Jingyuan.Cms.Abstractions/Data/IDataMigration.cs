namespace Jingyuan.Cms.Data;

/// <summary>
/// A module's numbered data steps, as Orchard Core's migrations: <c>Task&lt;int&gt; CreateAsync()</c>
/// returns 1, <c>Task&lt;int&gt; UpdateFrom1Async()</c> returns 2, and so on. The host records the
/// version reached per module and runs each step once, when the module is enabled.
/// </summary>
public interface IDataMigration
{
}
