package io.github.xray4j.examples.cucumber;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A stand-in for a browser screenshot: a tiny PNG of a calculator display, one dark cell per character shown,
 * so that the example has a real image to attach without a browser.
 */
final class Screenshot {

  private static final int CELL = 8;
  private static final int BACKGROUND = 0xC8D8B0;
  private static final int INK = 0x202020;

  private Screenshot() {}

  /** A PNG of a display showing {@code text}. */
  static byte[] of(String text) {
    int width = CELL * (text.length() + 2);
    BufferedImage image = new BufferedImage(width, 3 * CELL, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < 3 * CELL; y++) {
        int cell = x / CELL - 1;
        boolean ink = cell >= 0 && cell < text.length() && text.charAt(cell) != ' ' && y >= CELL && y < 2 * CELL;
        image.setRGB(x, y, ink && x % CELL != 0 ? INK : BACKGROUND);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }
}
