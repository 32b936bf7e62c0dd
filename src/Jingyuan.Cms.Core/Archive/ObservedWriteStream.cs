namespace Jingyuan.Cms.Archive;

/// <summary>A write-only stream that passes every write to <see cref="Target"/> after showing it to <see cref="Observe"/> (a hash, a CRC), counting bytes.</summary>
internal abstract class ObservedWriteStream : Stream
{
    private long length;

    protected abstract Stream Target { get; }

    protected abstract void Observe(ReadOnlySpan<byte> data);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Observe(buffer);
        length += buffer.Length;
        Target.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        Observe(buffer.Span);
        length += buffer.Length;
        await Target.WriteAsync(buffer, ct);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => length;
    public override long Position { get => length; set => throw new NotSupportedException(); }
    public override void Flush() => Target.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
