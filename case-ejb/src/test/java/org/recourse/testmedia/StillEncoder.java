package org.recourse.testmedia;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_BITEXACT;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
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
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_ABGR;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_FULL_CHR_H_INT;
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
import java.util.Map;
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
 * Writes still images and short animations in the formats Java cannot write, with the encoders the
 * bundled FFmpeg build has: WebP through libwebp (lossy, lossless, with alpha) and libwebp_anim
 * (animated), AVIF through libaom's AV1 encoder and the AVIF muxer. The build has no HEVC encoder
 * (x265 is GPL and left out; the hardware encoders need hardware), so HEIC cannot be made here. One
 * thread and bit-exact flags keep the bytes the same on every run.
 */
final class StillEncoder {

  private StillEncoder() {}

  /**
   * The frames, all of one size, encoded by {@code encoder} from pixels in {@code pixelFormat} and
   * written by {@code muxer}, one frame each {@code 1/fps} seconds.
   */
  static byte[] encode(
      List<BufferedImage> frames,
      String encoder,
      int pixelFormat,
      String muxer,
      Map<String, String> options,
      String suffix) {
    Path file = null;
    try {
      file = Files.createTempFile("recourse-fixture-", suffix);
      write(frames, encoder, pixelFormat, muxer, options, file);
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

  private static void write(
      List<BufferedImage> frames,
      String encoderName,
      int pixelFormat,
      String muxerName,
      Map<String, String> options,
      Path file)
      throws IOException {
    int width = frames.get(0).getWidth();
    int height = frames.get(0).getHeight();
    AVFormatContext muxer = new AVFormatContext(null);
    AVCodecContext encoder = null;
    AVFrame coded = null;
    AVFrame abgr = null;
    AVPacket packet = null;
    SwsContext scaler = null;
    check(avformat_alloc_output_context2(muxer, null, muxerName, file.toString()), "muxer");
    try {
      AVCodec codec = avcodec_find_encoder_by_name(encoderName);
      if (codec == null || codec.isNull()) {
        throw new IOException("This FFmpeg build has no encoder " + encoderName);
      }
      AVStream stream = avformat_new_stream(muxer, null);
      encoder = avcodec_alloc_context3(codec);
      encoder.width(width);
      encoder.height(height);
      encoder.pix_fmt(pixelFormat);
      encoder.time_base(new AVRational().num(1).den(10));
      encoder.framerate(new AVRational().num(10).den(1));
      encoder.thread_count(1);
      encoder.flags(encoder.flags() | AV_CODEC_FLAG_BITEXACT);
      if ((muxer.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
        encoder.flags(encoder.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
      }
      AVDictionary codecOptions = new AVDictionary(null);
      options.forEach((key, value) -> av_dict_set(codecOptions, key, value, 0));
      int opened = avcodec_open2(encoder, codec, codecOptions);
      av_dict_free(codecOptions);
      check(opened, "encoder " + encoderName);
      check(avcodec_parameters_from_context(stream.codecpar(), encoder), "parameters");
      stream.time_base(encoder.time_base());
      AVIOContext io = new AVIOContext(null);
      check(avio_open(io, file.toString(), AVIO_FLAG_WRITE), "output file");
      muxer.pb(io);
      AVDictionary muxerOptions = new AVDictionary(null);
      av_dict_set(muxerOptions, "fflags", "bitexact", 0);
      check(avformat_write_header(muxer, muxerOptions), "header");
      av_dict_free(muxerOptions);
      coded = av_frame_alloc();
      coded.format(pixelFormat).width(width).height(height);
      check(av_frame_get_buffer(coded, 0), "frame");
      abgr = av_frame_alloc();
      abgr.format(AV_PIX_FMT_ABGR).width(width).height(height);
      check(av_frame_get_buffer(abgr, 0), "frame");
      scaler =
          sws_getContext(
              width,
              height,
              AV_PIX_FMT_ABGR,
              width,
              height,
              pixelFormat,
              SWS_BILINEAR | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT,
              null,
              null,
              (DoublePointer) null);
      packet = av_packet_alloc();
      long pts = 0;
      for (BufferedImage image : frames) {
        byte[] pixels = abgrPixels(image);
        BytePointer data = abgr.data(0);
        int stride = abgr.linesize(0);
        for (int y = 0; y < height; y++) {
          data.position((long) y * stride).put(pixels, y * width * 4, width * 4);
        }
        data.position(0);
        check(av_frame_make_writable(coded), "frame");
        sws_scale(scaler, abgr.data(), abgr.linesize(), 0, height, coded.data(), coded.linesize());
        coded.pts(pts++);
        check(avcodec_send_frame(encoder, coded), "encode");
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
      if (abgr != null) {
        av_frame_free(abgr);
      }
      if (coded != null) {
        av_frame_free(coded);
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
      packet.duration(1);
      av_packet_rescale_ts(packet, encoder.time_base(), stream.time_base());
      packet.stream_index(stream.index());
      check(av_interleaved_write_frame(muxer, packet), "write");
    }
  }

  /** The image's pixels as bytes A, B, G, R (Java's 4BYTE_ABGR layout, FFmpeg's "abgr"). */
  private static byte[] abgrPixels(BufferedImage image) {
    BufferedImage abgr =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_4BYTE_ABGR);
    Graphics2D g = abgr.createGraphics();
    try {
      g.setComposite(java.awt.AlphaComposite.Src);
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return ((DataBufferByte) abgr.getRaster().getDataBuffer()).getData();
  }

  private static void check(int result, String step) throws IOException {
    if (result < 0) {
      throw new IOException("FFmpeg failed at " + step + ": error " + result);
    }
  }
}
