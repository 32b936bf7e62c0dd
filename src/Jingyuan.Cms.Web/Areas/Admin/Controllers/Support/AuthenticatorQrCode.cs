using QRCoder;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;

/// <summary>The otpauth:// address an authenticator app reads, drawn as a PNG QR code here (no outside service).</summary>
internal static class AuthenticatorQrCode
{
    public static string OtpAuthUri(string issuer, string userName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";

    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    /// <summary>"ABCD EFGH ...": easier to read and type than one long run.</summary>
    public static string Group(string key) =>
        string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToUpperInvariant();
}
