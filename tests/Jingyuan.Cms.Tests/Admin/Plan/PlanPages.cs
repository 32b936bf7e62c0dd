using System.Net.Http.Headers;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Admin.Plan;

/// <summary>Posting forms with files, as the recipe import and the report form need.</summary>
internal static class PlanPages
{
    public sealed record Upload(string Field, string FileName, byte[] Content, string ContentType = "application/octet-stream");

    public static async Task<HttpResponseMessage> PostMultipartAsync(this TestClient client, string formPage, string action,
        IEnumerable<(string Key, string Value)> fields, params Upload[] files)
    {
        var token = await client.TokenFromAsync(formPage);
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Append(("__RequestVerificationToken", token)))
        {
            content.Add(new StringContent(value), key);
        }
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }
        return await client.Http.PostAsync(action, content);
    }
}
