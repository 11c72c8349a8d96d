package org.recourse.evidence.vpdq;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recourse.evidence.pdq.PdqHash;

/**
 * The text form in which Meta ThreatExchange's vPDQ tools write and read a video's hash, so other
 * tools (the reference matcher, Meta's Hasher-Matcher-Actioner) can use Recourse's: one line per
 * frame, {@code frameNumber,quality,pdqHashHex,timestampSeconds}, the timestamp with three
 * decimals. Blank lines are skipped on reading.
 */
public final class VpdqTextFormat {

  private VpdqTextFormat() {}

  /** Writes the frames, one line each, ending every line with a line feed. */
  public static void write(List<VpdqFrame> frames, Writer out) throws IOException {
    for (VpdqFrame frame : frames) {
      out.write(line(frame));
      out.write('\n');
    }
  }

  /** The frames as one string in the text form. */
  public static String format(List<VpdqFrame> frames) {
    StringBuilder text = new StringBuilder(frames.size() * 80);
    for (VpdqFrame frame : frames) {
      text.append(line(frame)).append('\n');
    }
    return text.toString();
  }

  /**
   * Reads frames in the text form.
   *
   * @throws IllegalArgumentException naming the line, if a line is not a frame
   */
  public static List<VpdqFrame> read(Reader in) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<VpdqFrame> frames = new ArrayList<>();
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (!line.isBlank()) {
        frames.add(parse(line.strip(), lineNumber));
      }
    }
    return frames;
  }

  /** Parses frames from a string in the text form. */
  public static List<VpdqFrame> parse(String text) {
    try {
      return read(new java.io.StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(VpdqFrame frame) {
    return String.format(
        Locale.ROOT,
        "%d,%d,%s,%.3f",
        frame.frameNumber(),
        frame.quality(),
        frame.hash().toHex(),
        frame.timestampSeconds());
  }

  private static VpdqFrame parse(String line, int lineNumber) {
    String[] fields = line.split(",", -1);
    if (fields.length != 4) {
      throw new IllegalArgumentException(
          "Line " + lineNumber + ": expected frameNumber,quality,hash,timestamp but got " + line);
    }
    try {
      return new VpdqFrame(
          Integer.parseInt(fields[0].strip()),
          Integer.parseInt(fields[1].strip()),
          PdqHash.fromHex(fields[2].strip()),
          Double.parseDouble(fields[3].strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Line " + lineNumber + ": " + e.getMessage(), e);
    }
  }
}
