package org.recourse.evidence.pdq;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avcodec.AV_EF_EXPLODE;
import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV411P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV444P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ411P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ444P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import java.util.Optional;
import java.util.Set;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

/**
 * Reads only what PDQ needs of a JPEG photo: its luminance, at a reduced resolution.
 *
 * <p>A colour JPEG stores its pixels as luma and chroma (JFIF, ITU-T T.871: YCbCr from RGB with the
 * ITU-R BT.601 weights over the full 0 to 255 range), and the luma plane is, up to the decoder's
 * rounding, {@code 0.299 R + 0.587 G + 0.114 B}, the luminance PDQ hashes; a greyscale JPEG stores
 * nothing else. So the chroma is never converted to RGB. The plane is decoded in the DCT domain at
 * 1/2, 1/4 or 1/8 of the size (FFmpeg's JPEG decoder, {@code lowres}, keeping each 8 by 8 block's
 * lowest frequencies), as far as every side keeps at least {@value #MIN_SIDE} pixels: PDQ averages
 * each of its 64 by 64 cells anyway, and the reference implementation itself hashes photos resized
 * to 512 by 512.
 *
 * <p>A JPEG too small to be scaled down is left to the general decoder. The reference takes
 * luminance from the decoded RGB, whose rounding to whole numbers moves it by up to half a level
 * from the stored luma; averaged over a photo's cells that is nothing, but on a small, nearly
 * featureless picture (quality below 10) it flips dozens of bits (36 on one of the reference's
 * vectors, {@code labelme/q0003.jpg}, against 10 through RGB).
 *
 * <p>Only plain JPEGs are read here: baseline, extended or progressive Huffman-coded, 8-bit, one
 * component or three that FFmpeg decodes as YCbCr. Anything else (CMYK, YCCK, RGB-coded, 12-bit,
 * arithmetic-coded) and anything FFmpeg reports an error in is left to the general decoder, which
 * also gives the caller its usual messages for damaged and oversized images.
 */
final class JpegLuma {

  /** The shortest side a reduced plane may have. */
  static final int MIN_SIDE = 256;

  private static final int MAX_LOWRES = 3;

  /** Pixel formats whose first plane is full-range luma. */
  private static final Set<Integer> FULL_RANGE_LUMA =
      Set.of(
          AV_PIX_FMT_YUVJ420P,
          AV_PIX_FMT_YUVJ422P,
          AV_PIX_FMT_YUVJ444P,
          AV_PIX_FMT_YUVJ440P,
          AV_PIX_FMT_YUVJ411P,
          AV_PIX_FMT_GRAY8);

  /** Pixel formats whose first plane is luma, of the range the frame states. */
  private static final Set<Integer> LUMA =
      Set.of(
          AV_PIX_FMT_YUV420P,
          AV_PIX_FMT_YUV422P,
          AV_PIX_FMT_YUV444P,
          AV_PIX_FMT_YUV440P,
          AV_PIX_FMT_YUV411P);

  static {
    av_log_set_level(AV_LOG_FATAL);
  }

  private JpegLuma() {}

  /** Luminance on the 0 to 255 scale, row by row, as stored (no Exif orientation applied). */
  record Plane(float[] luma, int width, int height) {}

  /**
   * The luminance of {@code jpeg} at reduced resolution, or empty if it is not a plain JPEG of at
   * most {@code maxPixels} pixels whose plane fits {@code maxDecodedPixels}, or does not decode
   * cleanly.
   */
  static Optional<Plane> read(byte[] jpeg, long maxPixels, long maxDecodedPixels) {
    return read(jpeg, maxPixels, maxDecodedPixels, MIN_SIDE);
  }

  static Optional<Plane> read(byte[] jpeg, long maxPixels, long maxDecodedPixels, int minSide) {
    Optional<int[]> size = frameSize(jpeg);
    if (size.isEmpty()) {
      return Optional.empty();
    }
    int width = size.get()[0];
    int height = size.get()[1];
    if (width < 1 || height < 1 || (long) width * height > maxPixels) {
      return Optional.empty();
    }
    int lowres = 0;
    while (lowres < MAX_LOWRES
        && Math.min(reduced(width, lowres + 1), reduced(height, lowres + 1)) >= minSide) {
      lowres++;
    }
    while (lowres < MAX_LOWRES
        && (long) reduced(width, lowres) * reduced(height, lowres) > maxDecodedPixels) {
      lowres++;
    }
    if (lowres == 0 || (long) reduced(width, lowres) * reduced(height, lowres) > maxDecodedPixels) {
      return Optional.empty();
    }
    return decode(jpeg, lowres, (long) width * height);
  }

  private static int reduced(int side, int lowres) {
    return (side + (1 << lowres) - 1) >> lowres;
  }

  private static Optional<Plane> decode(byte[] jpeg, int lowres, long pixels) {
    AVCodec codec = avcodec_find_decoder(AV_CODEC_ID_MJPEG);
    if (codec == null || codec.isNull()) {
      return Optional.empty();
    }
    AVCodecContext decoder = avcodec_alloc_context3(codec);
    AVPacket packet = av_packet_alloc();
    AVFrame frame = av_frame_alloc();
    try {
      decoder.lowres(lowres);
      decoder.thread_count(1);
      decoder.err_recognition(AV_EF_EXPLODE);
      decoder.max_pixels(pixels);
      if (avcodec_open2(decoder, codec, (AVDictionary) null) < 0
          || av_new_packet(packet, jpeg.length) < 0) {
        return Optional.empty();
      }
      packet.data().put(jpeg, 0, jpeg.length);
      if (avcodec_send_packet(decoder, packet) < 0
          || avcodec_send_packet(decoder, (AVPacket) null) < 0
          || avcodec_receive_frame(decoder, frame) < 0) {
        return Optional.empty();
      }
      int format = frame.format();
      boolean fullRangeLuma =
          FULL_RANGE_LUMA.contains(format)
              || (LUMA.contains(format) && frame.color_range() == AVCOL_RANGE_JPEG);
      if (!fullRangeLuma) {
        return Optional.empty();
      }
      return Optional.of(lumaPlane(frame));
    } finally {
      av_frame_free(frame);
      av_packet_free(packet);
      avcodec_free_context(decoder);
    }
  }

  private static Plane lumaPlane(AVFrame frame) {
    int width = frame.width();
    int height = frame.height();
    int stride = frame.linesize(0);
    BytePointer data = frame.data(0);
    byte[] row = new byte[width];
    float[] luma = new float[width * height];
    for (int y = 0; y < height; y++) {
      data.position((long) y * stride).get(row, 0, width);
      for (int x = 0, at = y * width; x < width; x++) {
        luma[at + x] = row[x] & 0xFF;
      }
    }
    data.position(0);
    return new Plane(luma, width, height);
  }

  /**
   * Width and height from the frame header of a baseline, extended or progressive Huffman JPEG
   * (SOF0, SOF1, SOF2) with 8-bit samples and one or three components; empty for any other file.
   */
  private static Optional<int[]> frameSize(byte[] jpeg) {
    if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
      return Optional.empty();
    }
    int at = 2;
    while (at + 4 <= jpeg.length) {
      if (u8(jpeg, at) != 0xFF) {
        return Optional.empty();
      }
      int marker = u8(jpeg, at + 1);
      if (marker == 0xFF) {
        at++;
        continue;
      }
      int length = (u8(jpeg, at + 2) << 8) | u8(jpeg, at + 3);
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
        boolean plain = marker == 0xC0 || marker == 0xC1 || marker == 0xC2;
        if (!plain || at + 10 > jpeg.length || u8(jpeg, at + 4) != 8) {
          return Optional.empty();
        }
        int height = (u8(jpeg, at + 5) << 8) | u8(jpeg, at + 6);
        int width = (u8(jpeg, at + 7) << 8) | u8(jpeg, at + 8);
        int components = u8(jpeg, at + 9);
        if (components != 1 && components != 3) {
          return Optional.empty();
        }
        return Optional.of(new int[] {width, height});
      }
      if (marker == 0xDA || marker == 0xD9 || length < 2) {
        return Optional.empty();
      }
      at += 2 + length;
    }
    return Optional.empty();
  }

  private static int u8(byte[] data, int at) {
    return data[at] & 0xFF;
  }
}
