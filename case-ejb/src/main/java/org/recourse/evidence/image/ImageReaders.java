package org.recourse.evidence.image;

import com.twelvemonkeys.imageio.plugins.bmp.BMPImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.psd.PSDImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;

/**
 * The image readers evidence is decoded with, chosen here and not by ImageIO's global plugin
 * registry: TwelveMonkeys' JPEG (CMYK, YCCK, Adobe markers, damaged tails), WebP (lossy, lossless,
 * alpha, animated), TIFF, BMP and PSD readers, and the Java runtime's own PNG and GIF readers.
 *
 * <p>ImageIO's registry finds plugins through the class loader of the thread that first uses it and
 * keeps one registry per application context. In an application server the deployment's libraries
 * are not on that class loader, so a plugin jar in the EAR can be present and yet never be asked;
 * which reader wins then depends on what ran first. The providers are therefore created here
 * directly, in a fixed order of preference, and asked in that order. TwelveMonkeys' JPEG reader
 * wraps the runtime's, which it looks up when registered, so it is registered in a small registry
 * of its own beside that delegate. Readers outside this list (WBMP, whose signature matches almost
 * any data, and whatever else a server happens to have registered) are never used.
 *
 * <p>The list is immutable and the providers are stateless, so it is shared between threads; each
 * decode gets a reader instance of its own.
 */
final class ImageReaders {

  private static final String RUNTIME_JPEG = "com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi";
  private static final String RUNTIME_PNG = "com.sun.imageio.plugins.png.PNGImageReaderSpi";
  private static final String RUNTIME_GIF = "com.sun.imageio.plugins.gif.GIFImageReaderSpi";

  private static final ImageReaderSpi JPEG = twelveMonkeysJpeg();

  private static final List<ImageReaderSpi> PROVIDERS =
      List.of(
          JPEG,
          new WebPImageReaderSpi(),
          new TIFFImageReaderSpi(),
          new BMPImageReaderSpi(),
          new PSDImageReaderSpi(),
          runtimeProvider(RUNTIME_PNG),
          runtimeProvider(RUNTIME_GIF));

  private ImageReaders() {}

  /**
   * A new reader for the data at the stream's position, from the first provider that recognises it,
   * or empty if none does. The stream's position is left where it was.
   */
  static Optional<ImageReader> readerFor(ImageInputStream input) throws IOException {
    for (ImageReaderSpi provider : PROVIDERS) {
      if (recognises(provider, input)) {
        return Optional.of(provider.createReaderInstance());
      }
    }
    return Optional.empty();
  }

  /** The providers in the order they are asked. */
  static List<ImageReaderSpi> providers() {
    return PROVIDERS;
  }

  /** Whether the reader is TwelveMonkeys' JPEG reader, which can hand over CMYK samples. */
  static boolean isJpeg(ImageReader reader) {
    return reader.getOriginatingProvider() == JPEG;
  }

  private static boolean recognises(ImageReaderSpi provider, ImageInputStream input)
      throws IOException {
    input.mark();
    try {
      return provider.canDecodeInput(input);
    } catch (IOException | RuntimeException e) {
      // A provider that trips over short or hostile data (reading past its end, say) has not
      // recognised it; the next one is asked.
      return false;
    } finally {
      input.reset();
    }
  }

  private static ImageReaderSpi twelveMonkeysJpeg() {
    ServiceRegistry registry =
        new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
    registry.registerServiceProvider(runtimeProvider(RUNTIME_JPEG), ImageReaderSpi.class);
    JPEGImageReaderSpi jpeg = new JPEGImageReaderSpi();
    registry.registerServiceProvider(jpeg, ImageReaderSpi.class);
    return jpeg;
  }

  /** One of the readers built into the Java runtime, which every ImageIO registry holds. */
  private static ImageReaderSpi runtimeProvider(String className) {
    Iterator<ImageReaderSpi> providers =
        IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, false);
    while (providers.hasNext()) {
      ImageReaderSpi provider = providers.next();
      if (provider.getClass().getName().equals(className)) {
        return provider;
      }
    }
    throw new IllegalStateException("This Java runtime has no image reader " + className);
  }
}
