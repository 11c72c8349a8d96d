package org.recourse.testmedia;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's own test videos, made like {@link TestMedia}'s pictures from fixed seeds and
 * encoded by {@link VideoEncoder} (MPEG-4 Part 2 in MP4): a four-second source of four scenes, a
 * second each, the camera panning slowly across each; copies of it re-encoded the ways a re-shared
 * video is (smaller, letterboxed, pillarboxed, cut down to its middle two seconds); and an
 * unrelated video of other scenes. Besides, an eight-second pan across one scene, the same with a
 * drawing burnt in over it, and a pan across another scene. The same code gives the same bytes on
 * every run.
 */
public final class TestVideos {

  /** The video fixtures by name; each is made the first time it is asked for. */
  public enum Video {
    /** 320 by 180 pixels, 10 frames a second, 4 seconds. */
    SOURCE("source.mp4"),
    /** The source scaled to 224 by 126. */
    RESIZED("resized.mp4"),
    /** The source inside a 320 by 240 frame, with 30-pixel black bars above and below. */
    LETTERBOXED("letterboxed.mp4"),
    /** The source inside a 400 by 180 frame, with 40-pixel black bars left and right. */
    PILLARBOXED("pillarboxed.mp4"),
    /** Seconds 1 to 3 of the source (its frames 10 to 29). */
    CLIP("clip.mp4"),
    /** Four other scenes, same size and length. */
    UNRELATED("unrelated.mp4"),
    /** One scene, 320 by 180, 10 frames a second, panned across for 8 seconds, as by a camera. */
    PAN("pan.mp4"),
    /** The pan with a large line drawing burnt in over the middle of every frame. */
    PAN_DRAWN_OVER("pan-drawn-over.mp4"),
    /** Another scene panned across the same way. */
    PAN_UNRELATED("pan-unrelated.mp4");

    private final String fileName;

    Video(String fileName) {
      this.fileName = fileName;
    }

    public String fileName() {
      return fileName;
    }
  }

  public static final int FPS = 10;
  public static final int SECONDS = 4;
  public static final int WIDTH = 320;
  public static final int HEIGHT = 180;

  /** The clip's first frame in the source. */
  public static final int CLIP_START = 10;

  public static final int CLIP_FRAMES = 20;

  private static final Map<Video, byte[]> BYTES = new ConcurrentHashMap<>();

  private TestVideos() {}

  /** The bytes of a video fixture (a copy). */
  public static byte[] bytes(Video video) {
    return BYTES.computeIfAbsent(video, TestVideos::make).clone();
  }

  /** The fixture as a file under {@code target/test-media}. */
  public static Path file(Video video) {
    return TestMedia.file(video.fileName(), bytes(video));
  }

  private static byte[] make(Video video) {
    List<BufferedImage> source = frames(101);
    List<BufferedImage> frames =
        switch (video) {
          case SOURCE -> source;
          case RESIZED -> source.stream().map(f -> TestMedia.resized(f, 224, 126)).toList();
          case LETTERBOXED -> source.stream().map(f -> boxed(f, WIDTH, 240)).toList();
          case PILLARBOXED -> source.stream().map(f -> boxed(f, 400, HEIGHT)).toList();
          case CLIP -> source.subList(CLIP_START, CLIP_START + CLIP_FRAMES);
          case UNRELATED -> frames(201);
          case PAN -> pan(301);
          case PAN_DRAWN_OVER -> pan(301).stream().map(TestVideos::drawnOver).toList();
          case PAN_UNRELATED -> pan(401);
        };
    return VideoEncoder.mp4(frames, FPS);
  }

  /** Each second a scene from its own seed, panned across by a few pixels a frame. */
  public static List<BufferedImage> frames(long firstSeed) {
    List<BufferedImage> frames = new ArrayList<>(FPS * SECONDS);
    for (int second = 0; second < SECONDS; second++) {
      BufferedImage scene = TestMedia.scene(firstSeed + second, WIDTH + 40, HEIGHT + 20);
      for (int k = 0; k < FPS; k++) {
        frames.add(TestMedia.copy(scene.getSubimage(4 * k, 2 * k, WIDTH, HEIGHT)));
      }
    }
    return frames;
  }

  public static final int PAN_SECONDS = 8;

  /**
   * A scene from {@code seed} filmed by a camera panning steadily across it, 3 pixels right and 2
   * down a frame, for {@value #PAN_SECONDS} seconds.
   */
  public static List<BufferedImage> pan(long seed) {
    int count = FPS * PAN_SECONDS;
    BufferedImage scene = TestMedia.scene(seed, WIDTH + 3 * count, HEIGHT + 2 * count);
    List<BufferedImage> frames = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      frames.add(TestMedia.copy(scene.getSubimage(3 * k, 2 * k, WIDTH, HEIGHT)));
    }
    return frames;
  }

  /**
   * A copy of the frame with a cartoon face drawn over its middle in thick black lines, in the same
   * place in every frame, as re-uploads burn in a sticker or a logo.
   */
  public static BufferedImage drawnOver(BufferedImage frame) {
    BufferedImage copy = TestMedia.copy(frame);
    Graphics2D g = copy.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(6));
      int cx = copy.getWidth() / 2;
      int cy = copy.getHeight() / 2;
      g.drawOval(cx - 50, cy - 55, 36, 36);
      g.drawOval(cx + 14, cy - 55, 36, 36);
      g.fillOval(cx - 38, cy - 43, 12, 12);
      g.fillOval(cx + 26, cy - 43, 12, 12);
      g.drawArc(cx - 60, cy - 40, 120, 90, 200, 140);
      g.drawLine(cx - 56, cy + 10, cx + 56, cy + 10);
    } finally {
      g.dispose();
    }
    return copy;
  }

  /** The frame centred in a black {@code width} by {@code height} canvas. */
  private static BufferedImage boxed(BufferedImage frame, int width, int height) {
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, width, height);
      g.drawImage(frame, (width - frame.getWidth()) / 2, (height - frame.getHeight()) / 2, null);
    } finally {
      g.dispose();
    }
    return canvas;
  }
}
