/**
 * Reading evidence images and showing them without exposing the person in them.
 *
 * <p>An evidence image is usually an intimate image of the person the case is for, and every view
 * of it is a further intrusion on them, so staff work from blurred thumbnails made on the server,
 * in which nothing can be recognised, and reveal the real picture one image at a time, only when
 * the work needs it. Because the files come from uploads and from the sites that published them,
 * they are read defensively: the pixel count an image declares is checked before anything is
 * decoded, decoding happens in memory only so that no plaintext copy reaches the disk, and the
 * decoded picture is turned the way viewers display it before it is shown or hashed with {@link
 * org.recourse.evidence.pdq.PdqHasher}.
 */
package org.recourse.evidence.image;
