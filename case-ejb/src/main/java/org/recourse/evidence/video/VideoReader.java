package org.recourse.evidence.video;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_flush_buffers;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_guess_frame_rate;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_INVALIDDATA;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BITEXACT;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Reads the frames of a video's main video stream in presentation order, each converted to 8-bit
 * RGB at its decoded size, through FFmpeg's libavformat, libavcodec and libswscale (bytedeco's
 * JavaCPP presets, which carry the native libraries inside their jar).
 *
 * <p>FFmpeg rather than the pure-Java jcodec: evidence arrives as whatever phones, messengers and
 * sites produce, which means H.264 and H.265 in MP4/MOV, VP8/VP9 and AV1 in WebM and MKV. jcodec
 * decodes baseline H.264 and a few older codecs only; FFmpeg decodes all of these and is what the
 * vPDQ reference implementation (Meta ThreatExchange) decodes with, so frames, and therefore
 * hashes, come out as the reference's do.
 *
 * <p>Still images, which FFmpeg would read as one-frame videos, are refused. A file is opened with
 * only the {@code file} protocol enabled and a {@link VideoSource} with none, so a playlist or an
 * external reference in a container cannot make the server fetch URLs or read other files. Frames
 * larger than {@link VideoLimits#maxDimension()} or {@link VideoLimits#maxPixels()} are refused,
 * and {@link #next()} throws once decoding has run longer than {@link VideoLimits#maxDecodeTime()}.
 * Every native structure is freed by {@link #close()}, also when opening fails.
 *
 * <p>Not thread-safe: one reader per thread.
 */
public final class VideoReader implements AutoCloseable {

  static {
    av_log_set_level(AV_LOG_FATAL);
  }

  /**
   * The reference's scaler ({@code SWS_AREA}, as vPDQ's {@code ffmpegwrapper} asks for) with
   * swscale's exact, bit-exact arithmetic rather than its fast SIMD paths, whose rounding depends
   * on the CPU and the FFmpeg version. With these every frame of the 14 reference vectors hashes
   * within 4 bits of the reference's, the fades to black included: there the picture is a few
   * levels of noise, and the fast paths' or bilinear full-chroma conversion's rounding moved the
   * hashes of the doorknob video's near-black frames by up to 42 bits.
   */
  private static final int CONVERSION_FLAGS = SWS_AREA | SWS_ACCURATE_RND | SWS_BITEXACT;

  private final VideoLimits limits;
  private final long deadlineNanos;
  private ChannelIo input;
  private AVFormatContext format;
  private AVCodecContext decoder;
  private AVPacket packet;
  private AVFrame frame;
  private AVFrame rgb;
  private SwsContext scaler;
  private int streamIndex;
  private double timeBase;
  private long startPts;
  private double framesPerSecond;
  private VideoInfo info;
  private int frameNumber;
  private boolean inputDone;
  private boolean decoderDone;

  private VideoReader(VideoLimits limits) {
    this.limits = limits;
    this.deadlineNanos = System.nanoTime() + limits.maxDecodeTime().toNanos();
  }

  /** Opens a video file and reads its headers. */
  public static VideoReader open(Path file, VideoLimits limits) throws UndecodableVideoException {
    VideoReader reader = new VideoReader(limits);
    try {
      reader.openFile(file);
      return reader;
    } catch (UndecodableVideoException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /**
   * Opens a video from a source that reads and seeks, such as the evidence vault's decrypting
   * channel: FFmpeg reads through a custom I/O context whose callbacks read and seek the source's
   * channel, so the plaintext never reaches the disk. No protocol is enabled, so nothing in the
   * data can make FFmpeg open another file or a URL. The channel is closed by {@link #close()}.
   */
  public static VideoReader open(VideoSource source, VideoLimits limits)
      throws UndecodableVideoException {
    VideoReader reader = new VideoReader(limits);
    try {
      reader.openSource(source);
      return reader;
    } catch (UndecodableVideoException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** Size, frame rate, duration and codec of the stream being read. */
  public VideoInfo info() {
    return info;
  }

  /**
   * The next decoded frame, or {@code null} after the last one.
   *
   * @throws UndecodableVideoException if the data is corrupt or decoding exceeds its time limit
   */
  public VideoFrame next() throws UndecodableVideoException {
    return nextAtOrAfter(Double.NEGATIVE_INFINITY);
  }

  /**
   * The next decoded frame whose timestamp is at least {@code seconds}, or {@code null} after the
   * last one. The frames before it are decoded, as a video can only be decoded in order, and count
   * in the frame numbers, but they are not converted to RGB: for a sampler keeping one frame a
   * second, converting every frame would cost more than decoding them.
   *
   * @throws UndecodableVideoException if the data is corrupt or decoding exceeds its time limit
   */
  public VideoFrame nextAtOrAfter(double seconds) throws UndecodableVideoException {
    while (true) {
      checkDeadline();
      if (decoderDone) {
        return null;
      }
      int received = avcodec_receive_frame(decoder, frame);
      if (received == 0) {
        try {
          checkSize(frame.width(), frame.height());
          double timestamp = timestamp();
          if (timestamp >= seconds) {
            return new VideoFrame(frameNumber++, timestamp, convert());
          }
          frameNumber++;
          continue;
        } finally {
          av_frame_unref(frame);
        }
      }
      if (received == AVERROR_EOF()) {
        decoderDone = true;
        if (frameNumber == 0) {
          throw new UndecodableVideoException("The video stream holds no decodable frame");
        }
        return null;
      }
      if (received != AVERROR_EAGAIN()) {
        throw failure("Cannot decode a frame", received);
      }
      feedDecoder();
    }
  }

  /**
   * Moves to the last key frame at or before {@code seconds} from the start (FFmpeg's {@code
   * av_seek_frame}); {@link #next()} then decodes on from there, so a caller wanting the frame at a
   * time reads on until its timestamp is reached. Frame numbers after a seek do not count from the
   * start of the video.
   */
  public void seek(double seconds) throws UndecodableVideoException {
    checkDeadline();
    long target = startPts + (timeBase > 0 ? Math.round(Math.max(0, seconds) / timeBase) : 0);
    int sought = av_seek_frame(format, streamIndex, target, AVSEEK_FLAG_BACKWARD);
    if (sought < 0) {
      throw failure("Cannot seek in the video", sought);
    }
    avcodec_flush_buffers(decoder);
    inputDone = false;
    decoderDone = false;
  }

  private void openFile(Path file) throws UndecodableVideoException {
    format = new AVFormatContext(null);
    AVDictionary options = new AVDictionary(null);
    av_dict_set(options, "protocol_whitelist", "file", 0);
    int opened;
    try {
      opened = avformat_open_input(format, file.toAbsolutePath().toString(), null, options);
    } finally {
      av_dict_free(options);
    }
    readHeaders(opened);
  }

  private void openSource(VideoSource source) throws UndecodableVideoException {
    try {
      input = ChannelIo.open(source.open());
    } catch (IOException e) {
      throw new UndecodableVideoException("The stored video cannot be read", e);
    }
    format = avformat_alloc_context();
    input.attachTo(format);
    AVDictionary options = new AVDictionary(null);
    av_dict_set(options, "protocol_whitelist", ChannelIo.NO_PROTOCOL, 0);
    int opened;
    try {
      opened = avformat_open_input(format, (String) null, null, options);
    } finally {
      av_dict_free(options);
    }
    readHeaders(opened);
  }

  private void readHeaders(int opened) throws UndecodableVideoException {
    if (opened < 0) {
      format = null;
      throw failure("Not a video in a format this server can read", opened);
    }
    String container = format.iformat().name().getString();
    if (container.equals("image2") || container.endsWith("_pipe")) {
      throw new UndecodableVideoException("The file is a still image, not a video");
    }
    int found = avformat_find_stream_info(format, (PointerPointer<?>) null);
    if (found < 0) {
      throw failure("Cannot read the video's stream headers", found);
    }
    streamIndex = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
    if (streamIndex < 0) {
      throw new UndecodableVideoException("The file holds no video stream");
    }
    AVStream stream = format.streams(streamIndex);
    AVCodecParameters parameters = stream.codecpar();
    String codecName = avcodec_get_name(parameters.codec_id()).getString();
    checkSize(parameters.width(), parameters.height());
    AVCodec codec = avcodec_find_decoder(parameters.codec_id());
    if (codec == null || codec.isNull()) {
      throw new UndecodableVideoException("No decoder for the video codec " + codecName);
    }
    decoder = avcodec_alloc_context3(codec);
    int copied = avcodec_parameters_to_context(decoder, parameters);
    if (copied < 0) {
      throw failure("Cannot set up the " + codecName + " decoder", copied);
    }
    int codecOpened = avcodec_open2(decoder, codec, (AVDictionary) null);
    if (codecOpened < 0) {
      throw failure("Cannot open the " + codecName + " decoder", codecOpened);
    }
    packet = av_packet_alloc();
    frame = av_frame_alloc();
    rgb = av_frame_alloc();
    timeBase = av_q2d(stream.time_base());
    startPts = stream.start_time() == AV_NOPTS_VALUE ? 0 : stream.start_time();
    AVRational rate = av_guess_frame_rate(format, stream, null);
    framesPerSecond = rate.den() == 0 ? 0 : av_q2d(rate);
    double duration =
        format.duration() == AV_NOPTS_VALUE ? 0 : format.duration() / (double) AV_TIME_BASE;
    info =
        new VideoInfo(
            parameters.width(), parameters.height(), framesPerSecond, duration, codecName);
  }

  private void feedDecoder() throws UndecodableVideoException {
    if (inputDone) {
      throw new IllegalStateException("decoder wants input after end of stream");
    }
    while (true) {
      checkDeadline();
      int read = av_read_frame(format, packet);
      if (read < 0) {
        inputDone = true;
        int sent = avcodec_send_packet(decoder, null);
        if (sent < 0 && sent != AVERROR_EOF()) {
          throw failure("Cannot finish decoding", sent);
        }
        return;
      }
      try {
        if (packet.stream_index() == streamIndex) {
          int sent = avcodec_send_packet(decoder, packet);
          if (sent == AVERROR_INVALIDDATA) {
            // One damaged packet: the decoder resynchronises at the next, as players do.
            continue;
          }
          if (sent < 0 && sent != AVERROR_EAGAIN()) {
            throw failure("Corrupt video data", sent);
          }
          return;
        }
      } finally {
        av_packet_unref(packet);
      }
    }
  }

  /** The presentation time of the frame just decoded, from the start of the stream. */
  private double timestamp() {
    long pts = frame.best_effort_timestamp();
    if (pts == AV_NOPTS_VALUE) {
      return framesPerSecond > 0 ? frameNumber / framesPerSecond : 0;
    }
    return (pts - startPts) * timeBase;
  }

  /** The frame just decoded, converted to RGB. */
  private BufferedImage convert() throws UndecodableVideoException {
    int width = frame.width();
    int height = frame.height();
    if (rgb.width() != width || rgb.height() != height) {
      av_frame_unref(rgb);
      rgb.format(AV_PIX_FMT_BGR24);
      rgb.width(width);
      rgb.height(height);
      int allocated = av_frame_get_buffer(rgb, 0);
      if (allocated < 0) {
        throw failure("Out of memory for a " + width + " by " + height + " frame", allocated);
      }
    }
    scaler =
        sws_getCachedContext(
            scaler,
            width,
            height,
            frame.format(),
            width,
            height,
            AV_PIX_FMT_BGR24,
            CONVERSION_FLAGS,
            null,
            null,
            (DoublePointer) null);
    if (scaler == null || scaler.isNull()) {
      throw new UndecodableVideoException(
          "Cannot convert frames of pixel format " + frame.format());
    }
    sws_scale(scaler, frame.data(), frame.linesize(), 0, height, rgb.data(), rgb.linesize());
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    BytePointer data = rgb.data(0);
    int stride = rgb.linesize(0);
    int rowBytes = width * 3;
    for (int y = 0; y < height; y++) {
      data.position((long) y * stride).get(pixels, y * rowBytes, rowBytes);
    }
    data.position(0);
    return image;
  }

  private void checkSize(int width, int height) throws UndecodableVideoException {
    if (width <= 0 || height <= 0) {
      throw new UndecodableVideoException("The video stream declares no frame size");
    }
    if (width > limits.maxDimension() || height > limits.maxDimension()) {
      throw new UndecodableVideoException(
          "Frames are "
              + width
              + " by "
              + height
              + "; at most "
              + limits.maxDimension()
              + " pixels either way");
    }
    if ((long) width * height > limits.maxPixels()) {
      throw new UndecodableVideoException(
          "Frames are "
              + width
              + " by "
              + height
              + " pixels; at most "
              + limits.maxPixels()
              + " pixels a frame");
    }
  }

  private void checkDeadline() throws UndecodableVideoException {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new UndecodableVideoException(
          "Decoding stopped after " + limits.maxDecodeTime().toSeconds() + " s, the limit");
    }
  }

  private static UndecodableVideoException failure(String message, int error) {
    byte[] text = new byte[256];
    av_strerror(error, text, text.length);
    int length = 0;
    while (length < text.length && text[length] != 0) {
      length++;
    }
    String reason = new String(text, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
    return new UndecodableVideoException(message + " (FFmpeg: " + reason + ")");
  }

  /** Frees every native structure and closes the source's channel; safe to call more than once. */
  @Override
  public void close() {
    if (scaler != null) {
      sws_freeContext(scaler);
      scaler = null;
    }
    if (rgb != null) {
      av_frame_free(rgb);
      rgb = null;
    }
    if (frame != null) {
      av_frame_free(frame);
      frame = null;
    }
    if (packet != null) {
      av_packet_free(packet);
      packet = null;
    }
    if (decoder != null) {
      avcodec_free_context(decoder);
      decoder = null;
    }
    if (format != null) {
      avformat_close_input(format);
      format = null;
    }
    if (input != null) {
      input.close();
      input = null;
    }
  }
}
