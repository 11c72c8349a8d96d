package org.recourse.evidence.video;

import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FORCE;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_SIZE;
import static org.bytedeco.ffmpeg.global.avformat.avio_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avio_context_free;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.av_free;
import static org.bytedeco.ffmpeg.global.avutil.av_malloc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.Read_packet_Pointer_BytePointer_int;
import org.bytedeco.ffmpeg.avformat.Seek_Pointer_long_int;
import org.bytedeco.ffmpeg.avformat.Write_packet_Pointer_BytePointer_int;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * FFmpeg reading a channel that reads and seeks (the vault's decrypting channel, bytes in memory)
 * through a custom I/O context, so that no plaintext reaches the disk and FFmpeg opens no file or
 * URL of its own. The one implementation of it, for videos ({@link VideoReader}) and for HEIF
 * images ({@code evidence.image.HeifImages}).
 *
 * <p>JavaCPP gives each callback class only a few native thunks (ten by default, bytedeco/javacpp
 * #611); one per reader made the eleventh reader open at once get none, and fail. So there is one
 * read and one seek callback for the whole process, and each context's {@code opaque} pointer is a
 * token whose address finds its channel in a map. A failure is answered with an FFmpeg error code,
 * never thrown into native code.
 *
 * <p>Not thread-safe: one context is read by one thread at a time.
 */
public final class ChannelIo implements AutoCloseable {

  /**
   * The {@code protocol_whitelist} of a format context reading through custom I/O: no protocol
   * named, so a playlist or a reference to another file in the data cannot open anything.
   */
  public static final String NO_PROTOCOL = "none";

  /** {@code AVFMT_FLAG_CUSTOM_IO} of avformat.h, which the presets do not map. */
  private static final int CUSTOM_IO_FLAG = 0x0080;

  private static final int BUFFER_BYTES = 1 << 16;
  private static final int SEEK_SET = 0;
  private static final int SEEK_CUR = 1;
  private static final int SEEK_END = 2;
  private static final int AVERROR_EIO = -5;
  private static final int AVERROR_EINVAL = -22;

  /** The channels being read, by the address of their token. */
  private static final Map<Long, ChannelIo> OPEN = new ConcurrentHashMap<>();

  private static final ReadPacket READ = new ReadPacket();
  private static final SeekPacket SEEK = new SeekPacket();

  private final SeekableByteChannel channel;
  private final LongPointer token;
  private final long id;
  private AVIOContext context;
  private byte[] transfer = new byte[0];

  private ChannelIo(SeekableByteChannel channel) {
    this.channel = channel;
    this.token = new LongPointer(1);
    this.id = token.address();
  }

  /**
   * A custom I/O context reading {@code channel}, which {@link #close()} closes.
   *
   * @throws IOException if there is no native memory for the context (the channel is closed)
   */
  public static ChannelIo open(SeekableByteChannel channel) throws IOException {
    ChannelIo io = new ChannelIo(channel);
    OPEN.put(io.id, io);
    BytePointer buffer = new BytePointer(av_malloc(BUFFER_BYTES));
    if (buffer.isNull()) {
      io.close();
      throw new IOException("Out of native memory for reading the data");
    }
    io.context =
        avio_alloc_context(
            buffer,
            BUFFER_BYTES,
            0,
            io.token,
            READ,
            (Write_packet_Pointer_BytePointer_int) null,
            SEEK);
    if (io.context == null || io.context.isNull()) {
      io.context = null;
      av_free(buffer);
      io.close();
      throw new IOException("Out of native memory for reading the data");
    }
    return io;
  }

  /**
   * Makes this the input of {@code format}, before {@code avformat_open_input}; closing the format
   * context then leaves this context to {@link #close()}, which must come after it.
   */
  public void attachTo(AVFormatContext format) {
    format.pb(context);
    format.flags(format.flags() | CUSTOM_IO_FLAG);
  }

  /** Frees the context and closes the channel; safe to call more than once. */
  @Override
  public void close() {
    OPEN.remove(id);
    if (context != null) {
      // FFmpeg may have replaced the buffer given to avio_alloc_context; free the current one.
      av_free(context.buffer());
      avio_context_free(context);
      context = null;
    }
    if (!token.isNull()) {
      token.close();
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing was written through it; a failed close loses nothing.
    }
  }

  private int read(BytePointer target, int size) {
    if (size <= 0) {
      return 0;
    }
    try {
      if (transfer.length < size) {
        transfer = new byte[size];
      }
      int count = channel.read(ByteBuffer.wrap(transfer, 0, size));
      if (count <= 0) {
        return AVERROR_EOF();
      }
      target.position(0).put(transfer, 0, count);
      return count;
    } catch (IOException | RuntimeException e) {
      return AVERROR_EIO;
    }
  }

  private long seek(long offset, int whence) {
    try {
      int mode = whence & ~AVSEEK_FORCE;
      if (mode == AVSEEK_SIZE) {
        return channel.size();
      }
      long target =
          switch (mode) {
            case SEEK_SET -> offset;
            case SEEK_CUR -> channel.position() + offset;
            case SEEK_END -> channel.size() + offset;
            default -> -1;
          };
      if (target < 0) {
        return AVERROR_EINVAL;
      }
      channel.position(target);
      return target;
    } catch (IOException | RuntimeException e) {
      return AVERROR_EIO;
    }
  }

  private static final class ReadPacket extends Read_packet_Pointer_BytePointer_int {
    @Override
    public int call(Pointer opaque, BytePointer buffer, int size) {
      ChannelIo io = OPEN.get(opaque.address());
      return io == null ? AVERROR_EIO : io.read(buffer, size);
    }
  }

  private static final class SeekPacket extends Seek_Pointer_long_int {
    @Override
    public long call(Pointer opaque, long offset, int whence) {
      ChannelIo io = OPEN.get(opaque.address());
      return io == null ? AVERROR_EIO : io.seek(offset, whence);
    }
  }
}
