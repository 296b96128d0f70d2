package vn.motcua.dossier.control;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif has the metrics of Times New Roman, the font Decree 30/2020/NĐ-CP requires, and
 * covers every Vietnamese letter; it is embedded (IDENTITY_H) so the form prints the same on a
 * computer without it. Loaded once: a BaseFont is read-only and shared by every document.
 */
final class FormFonts {

    static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
    static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
    static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");

    private FormFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = FormFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing; openpdf-fonts-extra ships it");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
