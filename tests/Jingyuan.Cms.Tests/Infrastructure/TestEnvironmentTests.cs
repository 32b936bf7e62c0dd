using Npgsql;

namespace Jingyuan.Cms.Tests.Infrastructure;

public sealed class TestEnvironmentTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    public void CI_flag_is_set_unless_empty_false_or_zero(string? value, bool expected) =>
        Assert.Equal(expected, TestEnvironment.IsSet(value));

    [Fact]
    public async Task PostgreSQL_answers_when_configured()
    {
        var connectionString = TestEnvironment.RequirePostgres();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_user, version()", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("PostgreSQL", reader.GetString(1));
    }
}
