using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;

namespace Jingyuan.Cms.Content.PersonalData;

/// <summary>
/// Encryption at rest of personal fields. A personal value is stored in the version JSON as
/// "pd:v1:" + the Data Protection payload of its JSON; index tables get an HMAC of the
/// normalized value instead (exact lookup only). Files fields are left to the media rules:
/// their references must stay readable for access checks.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider, PersonalIndexKey indexKey)
{
    public const string Purpose = "Jingyuan.Cms.PersonalData.v1";
    public const string Marker = "pd:v1:";
    public const string HashMarker = "hmac:";
    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public static bool Applies(ContentFieldDefinition field) => field.Settings.Personal && field.Kind != FieldKind.Files;

    public static bool IsProtected(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) && s.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>A copy of the data with every personal value encrypted (those already encrypted stay as they are).</summary>
    public JsonObject Protect(JsonObject data, ResolvedContentType type)
    {
        var copy = (JsonObject)data.DeepClone();
        foreach (var field in type.Fields.Where(Applies))
        {
            if (copy[field.Name] is not { } value || IsProtected(value)) continue;
            copy[field.Name] = Marker + Convert.ToBase64String(protector.Protect(Encoding.UTF8.GetBytes(value.ToJsonString())));
        }
        return copy;
    }

    /// <summary>Decrypts, in place, every encrypted value of the data.</summary>
    public JsonObject Unprotect(JsonObject data)
    {
        foreach (var name in data.Where(p => IsProtected(p.Value)).Select(p => p.Key).ToList())
        {
            var payload = Convert.FromBase64String(data[name]!.GetValue<string>()[Marker.Length..]);
            data[name] = JsonNode.Parse(Encoding.UTF8.GetString(protector.Unprotect(payload)));
        }
        return data;
    }

    /// <summary>
    /// Loads the index key outside any transaction: creating it writes through its own connection,
    /// which SQLite would block behind the caller's open write transaction.
    /// </summary>
    public Task EnsureKeyAsync() => indexKey.GetAsync();

    /// <summary>What the index holds for a personal value: a keyed hash, equal for equal values, useless without the key.</summary>
    public async Task<string> IndexHashAsync(string value)
    {
        using var hmac = new HMACSHA256(await indexKey.GetAsync());
        return HashMarker + Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(Normalize(value))));
    }

    /// <summary>Spaces and dashes dropped, upper case: "6404 2219-90..x" and "640422199...X" match.</summary>
    public static string Normalize(string value) =>
        new string(value.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
}
