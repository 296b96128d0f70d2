package vn.motcua.queue.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The few ESC/POS commands a ticket needs, written by hand (they are a handful of bytes each): reset,
 * a raster bit image (GS v 0), the printer's own QR code (GS ( k, model 2), feed and cut. Vietnamese
 * text goes as a raster image because thermal printers' code pages lack most of its letters.
 */
public final class EscPos {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);

    public EscPos reset() {
        return bytes(0x1B, '@');
    }

    public EscPos center() {
        return bytes(0x1B, 'a', 1);
    }

    /** GS v 0: one bit per dot, dark where the pixel's luminance is under half. */
    public EscPos raster(BufferedImage image) {
        int widthBytes = (image.getWidth() + 7) / 8;
        int height = image.getHeight();
        bytes(0x1D, 'v', '0', 0, widthBytes & 0xFF, widthBytes >> 8, height & 0xFF, height >> 8);
        for (int y = 0; y < height; y++) {
            for (int xb = 0; xb < widthBytes; xb++) {
                int b = 0;
                for (int bit = 0; bit < 8; bit++) {
                    int x = xb * 8 + bit;
                    if (x < image.getWidth() && dark(image.getRGB(x, y))) {
                        b |= 0x80 >> bit;
                    }
                }
                out.write(b);
            }
        }
        return this;
    }

    /** GS ( k: model 2, module size, error correction M, store the data, print it. */
    public EscPos qr(String data, int moduleSize) {
        byte[] text = data.getBytes(StandardCharsets.UTF_8);
        bytes(0x1D, '(', 'k', 4, 0, 49, 65, 50, 0);
        bytes(0x1D, '(', 'k', 3, 0, 49, 67, moduleSize);
        bytes(0x1D, '(', 'k', 3, 0, 49, 69, 49);
        int length = text.length + 3;
        bytes(0x1D, '(', 'k', length & 0xFF, length >> 8, 49, 80, 48);
        out.writeBytes(text);
        return bytes(0x1D, '(', 'k', 3, 0, 49, 81, 48);
    }

    public EscPos feed(int lines) {
        return bytes(0x1B, 'd', lines);
    }

    public EscPos cut() {
        return bytes(0x1D, 'V', 66, 0);
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    private EscPos bytes(int... values) {
        for (int value : values) {
            out.write(value);
        }
        return this;
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (r * 299 + g * 587 + b * 114) / 1000 < 128;
    }
}
