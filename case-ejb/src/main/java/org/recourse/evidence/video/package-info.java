/**
 * Video decoding for evidence: opens an uploaded video (MP4, MOV, MKV, WebM and whatever else
 * FFmpeg demuxes) from any seekable source, such as the vault's decrypting channel, so plaintext
 * never reaches the disk, reports its size, frame rate, duration and codec, and hands out its
 * decoded frames as pictures with their timestamps, within limits on decode time and frame size set
 * by the caller, and seeks to the frames a preview shows. Also finds the black bars a re-encode
 * adds around a picture, so hashing can leave them out, and a static overlay (a logo, a watermark,
 * a drawing) burnt into moving footage, so hashing can paint it over.
 */
package org.recourse.evidence.video;
