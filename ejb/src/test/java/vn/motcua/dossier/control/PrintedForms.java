package vn.motcua.dossier.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the printed forms back as a person would see them, and keeps a copy under target/forms to look at. */
final class PrintedForms {

    private PrintedForms() {
    }

    /**
     * The text of every page with each run of white space as one space, and a line broken after a hyphen
     * joined again, since where a line wraps is layout.
     */
    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "extracted text is NFC");
            return text.replaceAll("-\\R", "-").replaceAll("\\s+", " ");
        }
    }

    static void assertContains(String text, String... expected) {
        for (String part : expected) {
            assertTrue(text.contains(part), () -> "missing «" + part + "» in:\n" + text);
        }
    }

    /** Every font on every page is an embedded Liberation Serif, so the form prints the same anywhere. */
    static void assertOnlyLiberationSerif(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().contains("LiberationSerif"), font.getName());
                }
            }
        }
    }

    static void save(String file, byte[] content) throws IOException {
        Path forms = Files.createDirectories(Path.of("target", "forms"));
        Files.write(forms.resolve(file), content);
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
