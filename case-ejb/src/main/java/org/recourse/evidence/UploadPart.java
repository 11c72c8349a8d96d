package org.recourse.evidence;

import java.io.InputStream;

/**
 * One part of an upload as it arrives: a file part (its name as sent, its bytes as a stream that
 * can be read once) or a text field.
 *
 * @param name the part's field name
 * @param file whether the part was sent as a file
 * @param fileName the file name the sender gave, for file parts
 * @param content the part's bytes; read it before asking for the next part
 */
public record UploadPart(String name, boolean file, String fileName, InputStream content) {}
