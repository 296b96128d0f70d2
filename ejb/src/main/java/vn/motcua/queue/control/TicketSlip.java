package vn.motcua.queue.control;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.barcode.QRCode;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper ticket as ESC/POS: the office, the group, the big number, time and people ahead drawn with
 * Liberation Serif (the font of the receipt PDF, which has every Vietnamese letter) into a raster image
 * 576 dots wide (80 mm paper at 203 dpi), then the printer's QR code of the lookup link.
 */
public final class TicketSlip {

    /** What the slip shows. */
    public record Content(String office, String group, String label, String issuedAt, int peopleAhead,
                          String aheadText, String qr) {
    }

    static final int WIDTH = 576;
    private static final Font REGULAR = load("LiberationSerif-Regular.ttf");
    private static final Font BOLD = load("LiberationSerif-Bold.ttf");

    private TicketSlip() {
    }

    /**
     * The slip in ESC/POS: the text as a raster image (GS v 0), since thermal printers' code pages lack
     * most Vietnamese letters, then the printer's own QR code (model 2), feed and cut.
     */
    public static byte[] escPos(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try (EscPos pos = new EscPos(out)) {
            pos.initializePrinter();
            pos.write(new RasterBitImageWrapper().setJustification(EscPosConst.Justification.Center),
                    new EscPosImage(new CoffeeImageImpl(image(content)), new BitonalThreshold(127)));
            if (content.qr() != null) {
                pos.write(new QRCode().setSize(6).setJustification(EscPosConst.Justification.Center), content.qr());
            }
            pos.feed(4).cut(EscPos.CutMode.FULL);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    static BufferedImage image(Content content) {
        record Line(String text, Font font) {
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(content.office(), BOLD.deriveFont(24f)));
        lines.add(new Line(content.group(), REGULAR.deriveFont(26f)));
        lines.add(new Line(content.label(), BOLD.deriveFont(110f)));
        lines.add(new Line(content.issuedAt(), REGULAR.deriveFont(24f)));
        lines.add(new Line(content.aheadText(), REGULAR.deriveFont(26f)));
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D measure = probe.createGraphics();
        int height = 10;
        for (Line line : lines) {
            height += measure.getFontMetrics(line.font()).getHeight() + 6;
        }
        measure.dispose();
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        int y = 5;
        for (Line line : lines) {
            g.setFont(line.font());
            FontMetrics metrics = g.getFontMetrics();
            String text = fit(line.text(), metrics);
            y += metrics.getAscent();
            g.drawString(text, Math.max(0, (WIDTH - metrics.stringWidth(text)) / 2), y);
            y += metrics.getDescent() + metrics.getLeading() + 6;
        }
        g.dispose();
        return image;
    }

    private static String fit(String text, FontMetrics metrics) {
        String fitted = text == null ? "" : text;
        while (fitted.length() > 1 && metrics.stringWidth(fitted) > WIDTH - 8) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        return fitted;
    }

    private static Font load(String file) {
        try (InputStream in = TicketSlip.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing; openpdf-fonts-extra ships it");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
