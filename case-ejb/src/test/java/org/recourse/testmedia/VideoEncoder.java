package org.recourse.testmedia;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_BITEXACT;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_QSCALE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * Encodes generated frames as an MP4 video with FFmpeg's own MPEG-4 Part 2 encoder, through the
 * same bytedeco presets the product decodes with. The bundled LGPL build has no H.264 encoder
 * (libx264 is GPL and left out), and MPEG-4 Part 2 is built in, needs no external library, and with
 * one thread and bit-exact flags gives the same bytes on every run.
 */
public final class VideoEncoder {

  private VideoEncoder() {}

  /** The frames, all of one size with even dimensions, at {@code fps} frames a second. */
  static byte[] mp4(List<BufferedImage> frames, int fps) {
    return encode(frames, fps, "mp4", null);
  }

  /**
   * The frames in another container and codec: {@code muxer} is FFmpeg's name of the container
   * ({@code mp4}, {@code mov}, {@code matroska}, {@code webm}), {@code encoderName} its name of an
   * encoder in the bundled build ({@code libopenh264}, {@code libvpx}, {@code libvpx-vp9}, {@code
   * libaom-av1}, {@code mpeg4}), encoded at a fixed bit rate on one thread.
   */
  public static byte[] encode(
      List<BufferedImage> frames, int fps, String muxer, String encoderName) {
    Path file = null;
    try {
      file = Files.createTempFile("recourse-fixture-", ".video");
      encode(frames, fps, file, muxer, encoderName);
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          file.toFile().deleteOnExit();
        }
      }
    }
  }

  private static void encode(
      List<BufferedImage> frames, int fps, Path file, String format, String encoderName)
      throws IOException {
    int width = frames.get(0).getWidth();
    int height = frames.get(0).getHeight();
    AVFormatContext muxer = new AVFormatContext(null);
    AVCodecContext encoder = null;
    AVFrame yuv = null;
    AVFrame bgr = null;
    AVPacket packet = null;
    SwsContext scaler = null;
    check(avformat_alloc_output_context2(muxer, null, format, file.toString()), "muxer");
    try {
      AVCodec codec =
          encoderName == null
              ? avcodec_find_encoder(AV_CODEC_ID_MPEG4)
              : avcodec_find_encoder_by_name(encoderName);
      if (codec == null || codec.isNull()) {
        throw new IOException("This FFmpeg build has no encoder " + encoderName);
      }
      AVStream stream = avformat_new_stream(muxer, null);
      encoder = avcodec_alloc_context3(codec);
      encoder.width(width);
      encoder.height(height);
      encoder.pix_fmt(AV_PIX_FMT_YUV420P);
      encoder.time_base(new AVRational().num(1).den(fps));
      encoder.framerate(new AVRational().num(fps).den(1));
      encoder.gop_size(fps);
      encoder.max_b_frames(0);
      encoder.thread_count(1);
      if (encoderName == null) {
        encoder.flags(encoder.flags() | AV_CODEC_FLAG_QSCALE | AV_CODEC_FLAG_BITEXACT);
        encoder.global_quality(2 * 118);
      } else {
        encoder.bit_rate(2_000_000);
      }
      if ((muxer.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
        encoder.flags(encoder.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
      }
      check(avcodec_open2(encoder, codec, (AVDictionary) null), "encoder");
      check(avcodec_parameters_from_context(stream.codecpar(), encoder), "parameters");
      stream.time_base(encoder.time_base());
      AVIOContext io = new AVIOContext(null);
      check(avio_open(io, file.toString(), AVIO_FLAG_WRITE), "output file");
      muxer.pb(io);
      AVDictionary options = new AVDictionary(null);
      av_dict_set(options, "fflags", "bitexact", 0);
      check(avformat_write_header(muxer, options), "header");
      av_dict_free(options);
      yuv = av_frame_alloc();
      yuv.format(AV_PIX_FMT_YUV420P).width(width).height(height);
      check(av_frame_get_buffer(yuv, 0), "frame");
      bgr = av_frame_alloc();
      bgr.format(AV_PIX_FMT_BGR24).width(width).height(height);
      check(av_frame_get_buffer(bgr, 0), "frame");
      scaler =
          sws_getContext(
              width,
              height,
              AV_PIX_FMT_BGR24,
              width,
              height,
              AV_PIX_FMT_YUV420P,
              SWS_BILINEAR,
              null,
              null,
              (DoublePointer) null);
      packet = av_packet_alloc();
      long pts = 0;
      for (BufferedImage image : frames) {
        byte[] pixels = bgrPixels(image);
        BytePointer data = bgr.data(0);
        int stride = bgr.linesize(0);
        for (int y = 0; y < height; y++) {
          data.position((long) y * stride).put(pixels, y * width * 3, width * 3);
        }
        data.position(0);
        check(av_frame_make_writable(yuv), "frame");
        sws_scale(scaler, bgr.data(), bgr.linesize(), 0, height, yuv.data(), yuv.linesize());
        yuv.pts(pts++);
        check(avcodec_send_frame(encoder, yuv), "encode");
        drain(encoder, packet, muxer, stream);
      }
      check(avcodec_send_frame(encoder, null), "flush");
      drain(encoder, packet, muxer, stream);
      check(av_write_trailer(muxer), "trailer");
    } finally {
      if (scaler != null) {
        sws_freeContext(scaler);
      }
      if (packet != null) {
        av_packet_free(packet);
      }
      if (bgr != null) {
        av_frame_free(bgr);
      }
      if (yuv != null) {
        av_frame_free(yuv);
      }
      if (encoder != null) {
        avcodec_free_context(encoder);
      }
      if (muxer.pb() != null && !muxer.pb().isNull()) {
        avio_closep(muxer.pb());
      }
      avformat_free_context(muxer);
    }
  }

  private static void drain(
      AVCodecContext encoder, AVPacket packet, AVFormatContext muxer, AVStream stream)
      throws IOException {
    while (true) {
      int received = avcodec_receive_packet(encoder, packet);
      if (received == AVERROR_EAGAIN() || received == AVERROR_EOF()) {
        return;
      }
      check(received, "encode");
      // Without a duration the muxer gives the last frame none, and readers drop it.
      packet.duration(1);
      av_packet_rescale_ts(packet, encoder.time_base(), stream.time_base());
      packet.stream_index(stream.index());
      check(av_interleaved_write_frame(muxer, packet), "write");
    }
  }

  private static byte[] bgrPixels(BufferedImage image) {
    BufferedImage bgr =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = bgr.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
  }

  private static void check(int result, String step) throws IOException {
    if (result < 0) {
      throw new IOException("FFmpeg failed at " + step + ": error " + result);
    }
  }
}
