using System.Net;
using System.Text.RegularExpressions;

namespace Jingyuan.Cms.Tests.TestSupport;

/// <summary>An HttpClient that posts forms the way a browser does: with the page's antiforgery token.</summary>
public sealed partial class TestClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return body;
    }

    /// <summary>Loads <paramref name="formPage"/> for its token, then posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var token = await TokenFromAsync(formPage);
        return await PostWithTokenAsync(action, token, fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));
    }

    public async Task<HttpResponseMessage> PostWithTokenAsync(string action, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await Http.PostAsync(action, content);
    }

    public async Task<string> TokenFromAsync(string page)
    {
        var html = await GetPageAsync(page);
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {page}");
    }

    public void Dispose() => Http.Dispose();
}
