package org.recourse.evidence.video;

import java.awt.image.BufferedImage;

/**
 * One decoded frame.
 *
 * @param frameNumber the frame's position in decoding output, from 0, counting every frame
 * @param timestampSeconds its presentation time from the start of the stream
 * @param image its pixels, 8-bit RGB ({@link BufferedImage#TYPE_3BYTE_BGR}), owned by the caller
 */
public record VideoFrame(int frameNumber, double timestampSeconds, BufferedImage image) {}
