using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Jingyuan.Cms.Notifications;

/// <summary>Sends plain-text messages; one connection per batch.</summary>
public interface IMailTransport
{
    Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken);
}

public interface IMailConnection : IAsyncDisposable
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>MailKit over the <c>Mail</c> settings.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = !o.UseTls ? SecureSocketOptions.None : o.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(o.Host!, o.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
            return new Connection(client, MailboxAddress.Parse(o.From!));
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Connection(SmtpClient client, MailboxAddress from) : IMailConnection
    {
        public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
        {
            using var message = new MimeMessage();
            message.From.Add(from);
            message.To.Add(MailboxAddress.Parse(to));
            message.Subject = subject;
            message.Body = new TextPart("plain") { Text = body };
            await client.SendAsync(message, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected) await client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or OperationCanceledException)
            {
                // The messages are sent; a failed QUIT changes nothing.
            }
            client.Dispose();
        }
    }
}
