package org.recourse.testmedia;

import java.awt.Color;
import java.awt.Graphics2D;
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
 * unrelated video of other scenes. The same code gives the same bytes on every run.
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
    UNRELATED("unrelated.mp4");

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
