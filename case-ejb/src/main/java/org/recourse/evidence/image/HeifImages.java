package org.recourse.evidence.image;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AV_STREAM_GROUP_PARAMS_TILE_GRID;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_find_input_format;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_FULL_CHR_H_INT;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.avformat.AVStreamGroup;
import org.bytedeco.ffmpeg.avformat.AVStreamGroupTileGrid;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.recourse.evidence.pdq.UnreadableImageException;
import org.recourse.evidence.video.ChannelIo;
import org.recourse.evidence.video.VideoSource;

/**
 * Decodes the primary image of a HEIF file (HEIC from phones, AVIF from the web) with the FFmpeg
 * that bytedeco's presets carry inside their jar; no ImageIO plugin on Maven Central reads HEVC or
 * AV1 images.
 *
 * <p>FFmpeg 7.1's MP4 demuxer reads HEIF items: a single coded image becomes one video stream, and
 * an image split into a grid of tiles (what iPhones write) becomes one stream per tile plus a tile
 * grid that says where each tile goes. Both are decoded here; the tiles are pasted onto a canvas
 * and the canvas is cropped to the declared size. Derived images other than grids (overlays, and
 * the rotation and mirroring properties) are not applied, and an alpha plane, an auxiliary image,
 * is not read: the colour is what is hashed, as for every other format.
 *
 * <p>The file is read from memory through FFmpeg's custom I/O ({@link ChannelIo}), so it never
 * reaches the disk. The declared size is checked before anything is decoded; the decoder is limited
 * to that many pixels and each picture is scaled down on conversion when the whole would exceed the
 * decode limit. The time spent is checked between packets.
 */
final class HeifImages {

  static {
    av_log_set_level(AV_LOG_FATAL);
  }

  private static final int CONVERSION_FLAGS = SWS_AREA | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT;

  private HeifImages() {}

  /** Whether the data is an ISO base media file whose brands say it is a HEIF image. */
  static boolean isHeif(byte[] data) {
    return HeifBrands.mediaType(data, data.length).isPresent();
  }

  /** Reads the size the file declares for its primary image, decoding nothing. */
  static ImageSize probe(byte[] data) throws UnreadableImageException {
    try (Demuxer demuxer = new Demuxer(data)) {
      return demuxer.declaredSize();
    }
  }

  /**
   * Decodes the primary image.
   *
   * @throws ImageTooLargeException if it declares more than {@code maxPixels} pixels
   * @throws UnreadableImageException if FFmpeg cannot read or decode it, or time runs out
   */
  static BufferedImage decode(byte[] data, long maxPixels, long decodeLimit, Deadline deadline)
      throws UnreadableImageException, ImageTooLargeException {
    try (Demuxer demuxer = new Demuxer(data)) {
      ImageSize declared = demuxer.declaredSize();
      // A grid may declare a small picture made of many large tiles: both sizes are limited.
      ImageSize canvas = demuxer.canvasSize();
      for (ImageSize size : List.of(declared, canvas)) {
        if (size.pixels() > maxPixels) {
          throw new ImageTooLargeException(size, maxPixels);
        }
      }
      int step = EvidenceImages.subsamplingStep(canvas, decodeLimit);
      return HeifTransforms.of(data).apply(demuxer.decode(declared, step, maxPixels, deadline));
    }
  }

  /** An opened file: the demuxer, its streams and, once asked, the tile grid. */
  private static final class Demuxer implements AutoCloseable {

    private ChannelIo io;
    private AVFormatContext format;
    private AVStreamGroupTileGrid grid;
    private AVStreamGroup gridGroup;
    private int streamIndex = -1;

    Demuxer(byte[] data) throws UnreadableImageException {
      try {
        io = ChannelIo.open(VideoSource.of(data).open());
      } catch (IOException e) {
        throw new UnreadableImageException("The image cannot be read", e);
      }
      try {
        open();
      } catch (UnreadableImageException | RuntimeException e) {
        close();
        throw e;
      }
    }

    private void open() throws UnreadableImageException {
      format = avformat_alloc_context();
      io.attachTo(format);
      AVInputFormat mov = av_find_input_format("mov");
      AVDictionary options = new AVDictionary(null);
      av_dict_set(options, "protocol_whitelist", ChannelIo.NO_PROTOCOL, 0);
      int opened = avformat_open_input(format, (String) null, mov, options);
      av_dict_free(options);
      if (opened < 0) {
        // avformat_open_input frees the context on failure.
        format = null;
        throw new UnreadableImageException("Not a HEIF or AVIF image this server can read");
      }
      for (int i = 0; i < format.nb_stream_groups(); i++) {
        AVStreamGroup group = format.stream_groups(i);
        if (group.type() == AV_STREAM_GROUP_PARAMS_TILE_GRID) {
          gridGroup = group;
          grid = group.params_tile_grid();
          break;
        }
      }
      if (grid == null) {
        streamIndex = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
        if (streamIndex < 0) {
          throw new UnreadableImageException(
              "The HEIF file holds no coded image or tile grid that FFmpeg can read");
        }
      }
    }

    ImageSize declaredSize() throws UnreadableImageException {
      int width;
      int height;
      if (grid != null) {
        width = grid.width();
        height = grid.height();
      } else {
        AVCodecParameters parameters = format.streams(streamIndex).codecpar();
        width = parameters.width();
        height = parameters.height();
      }
      if (width < 1 || height < 1) {
        throw new UnreadableImageException(
            "The image header declares " + width + " by " + height + " pixels");
      }
      return new ImageSize(width, height);
    }

    /** The size the tiles of a grid cover before cropping; the declared size otherwise. */
    ImageSize canvasSize() throws UnreadableImageException {
      if (grid == null) {
        return declaredSize();
      }
      if (grid.coded_width() < 1 || grid.coded_height() < 1) {
        throw new UnreadableImageException("The image grid declares no size");
      }
      return new ImageSize(grid.coded_width(), grid.coded_height());
    }

    BufferedImage decode(ImageSize declared, int step, long maxPixels, Deadline deadline)
        throws UnreadableImageException {
      Map<Integer, List<int[]>> placements = new HashMap<>();
      int canvasWidth;
      int canvasHeight;
      if (grid == null) {
        placements.put(streamIndex, List.of(new int[] {0, 0}));
        canvasWidth = declared.width();
        canvasHeight = declared.height();
      } else {
        for (int tile = 0; tile < grid.nb_tiles(); tile++) {
          int index = gridGroup.streams(grid.offsets_idx(tile)).index();
          placements
              .computeIfAbsent(index, any -> new ArrayList<>())
              .add(new int[] {grid.offsets_horizontal(tile), grid.offsets_vertical(tile)});
        }
        canvasWidth = grid.coded_width();
        canvasHeight = grid.coded_height();
      }
      BufferedImage canvas =
          new BufferedImage(
              EvidenceImages.ceilDiv(canvasWidth, step),
              EvidenceImages.ceilDiv(canvasHeight, step),
              BufferedImage.TYPE_3BYTE_BGR);
      AVPacket packet = av_packet_alloc();
      try {
        while (!placements.isEmpty()) {
          deadline.check();
          if (av_read_frame(format, packet) < 0) {
            throw new UnreadableImageException(
                "The image data ends before every part of the picture");
          }
          try {
            List<int[]> at = placements.remove(packet.stream_index());
            if (at != null) {
              paint(packet, maxPixels, step, canvas, at);
            }
          } finally {
            av_packet_unref(packet);
          }
        }
      } finally {
        av_packet_free(packet);
      }
      if (grid == null) {
        return canvas;
      }
      int left = Math.min(grid.horizontal_offset() / step, canvas.getWidth() - 1);
      int top = Math.min(grid.vertical_offset() / step, canvas.getHeight() - 1);
      int width =
          Math.min(EvidenceImages.ceilDiv(declared.width(), step), canvas.getWidth() - left);
      int height =
          Math.min(EvidenceImages.ceilDiv(declared.height(), step), canvas.getHeight() - top);
      return canvas.getSubimage(left, top, width, height);
    }

    /** Decodes the one coded picture of an image item and paints it at each of its places. */
    private void paint(
        AVPacket packet, long maxPixels, int step, BufferedImage canvas, List<int[]> places)
        throws UnreadableImageException {
      AVCodecParameters parameters = format.streams(packet.stream_index()).codecpar();
      AVCodec codec = avcodec_find_decoder(parameters.codec_id());
      if (codec == null || codec.isNull()) {
        throw new UnreadableImageException("No decoder for this HEIF image's coding");
      }
      AVCodecContext decoder = avcodec_alloc_context3(codec);
      AVFrame frame = av_frame_alloc();
      try {
        check(avcodec_parameters_to_context(decoder, parameters), "Cannot read the image header");
        decoder.thread_count(1);
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "max_pixels", Long.toString(maxPixels), 0);
        int opened = avcodec_open2(decoder, codec, options);
        av_dict_free(options);
        check(opened, "Cannot decode the image");
        check(avcodec_send_packet(decoder, packet), "Cannot decode the image");
        avcodec_send_packet(decoder, null);
        check(avcodec_receive_frame(decoder, frame), "Cannot decode the image");
        for (int[] place : places) {
          paste(frame, step, canvas, place[0] / step, place[1] / step);
        }
      } finally {
        av_frame_free(frame);
        avcodec_free_context(decoder);
      }
    }

    /**
     * Converts a decoded picture to BGR, reduced by {@code step}, and copies it onto the canvas at
     * the offset, cutting off what lies outside.
     */
    private static void paste(AVFrame frame, int step, BufferedImage canvas, int left, int top)
        throws UnreadableImageException {
      int width = EvidenceImages.ceilDiv(frame.width(), step);
      int height = EvidenceImages.ceilDiv(frame.height(), step);
      SwsContext scaler =
          sws_getContext(
              frame.width(),
              frame.height(),
              frame.format(),
              width,
              height,
              AV_PIX_FMT_BGR24,
              CONVERSION_FLAGS,
              null,
              null,
              (DoublePointer) null);
      if (scaler == null || scaler.isNull()) {
        throw new UnreadableImageException("Cannot convert the image's pixel format");
      }
      BytePointer pixels = new BytePointer((long) width * height * 3);
      try {
        PointerPointer<BytePointer> planes = new PointerPointer<>(pixels, null, null, null);
        try (IntPointer strides = new IntPointer(width * 3, 0, 0, 0)) {
          sws_scale(scaler, frame.data(), frame.linesize(), 0, frame.height(), planes, strides);
        }
        byte[] bgr = new byte[width * height * 3];
        pixels.get(bgr);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        System.arraycopy(
            bgr, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, bgr.length);
        int fitWidth = Math.min(width, canvas.getWidth() - left);
        int fitHeight = Math.min(height, canvas.getHeight() - top);
        if (fitWidth > 0 && fitHeight > 0) {
          canvas
              .getRaster()
              .setRect(
                  left, top, image.getRaster().createChild(0, 0, fitWidth, fitHeight, 0, 0, null));
        }
      } finally {
        pixels.close();
        sws_freeContext(scaler);
      }
    }

    private static void check(int result, String message) throws UnreadableImageException {
      if (result < 0) {
        throw new UnreadableImageException(message);
      }
    }

    @Override
    public void close() {
      if (format != null) {
        avformat_close_input(format);
        format = null;
      }
      if (io != null) {
        io.close();
        io = null;
      }
    }
  }
}
