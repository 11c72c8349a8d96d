package org.recourse.evidence.video;

/**
 * What a video's container and stream headers say about it.
 *
 * @param width frame width in pixels, as decoded
 * @param height frame height in pixels, as decoded
 * @param framesPerSecond the stream's frame rate as FFmpeg best guesses it, 0 if unknown
 * @param durationSeconds the container's duration, 0 if unknown
 * @param codecName FFmpeg's short name of the video codec, such as {@code h264} or {@code vp9}
 */
public record VideoInfo(
    int width, int height, double framesPerSecond, double durationSeconds, String codecName) {}
