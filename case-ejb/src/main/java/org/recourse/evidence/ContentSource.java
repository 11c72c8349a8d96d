package org.recourse.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the stored bytes of one evidence file, decrypted, from the start. The export reads each
 * file exactly once and closes the stream itself, so a source may hand out a fresh stream on every
 * call and never needs to hold the file in memory.
 */
@FunctionalInterface
public interface ContentSource {

  InputStream open() throws IOException;
}
