package org.recourse.evidence.vpdq;

import java.util.List;
import org.recourse.evidence.video.CropBox;
import org.recourse.evidence.video.VideoInfo;

/**
 * A video's vPDQ hash: its sampled frames' features, with what the headers said about the video and
 * the part of each frame that was hashed.
 */
public record VideoHash(VideoInfo info, CropBox hashedArea, List<VpdqFrame> frames) {

  public VideoHash {
    frames = List.copyOf(frames);
  }
}
