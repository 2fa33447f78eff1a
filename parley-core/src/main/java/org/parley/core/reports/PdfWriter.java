package org.parley.core.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes simple text reports as A4 PDF: headings and wrapped lines (Chinese text, which has no spaces,
 * wraps between characters), new pages as needed. The font is chosen by {@link PdfFont}; characters it
 * lacks print as "?". Not thread-safe: one per report.
 */
final class PdfWriter {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float HEADING = 14;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PdfFont fontFile;
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    PdfWriter() {
        this(PdfFont.configured());
    }

    PdfWriter(Optional<Path> fontFile) {
        this.fontFile = PdfFont.load(document, fontFile);
        this.font = this.fontFile.font;
    }

    PdfWriter heading(String text) {
        return write(text, HEADING);
    }

    PdfWriter line(String text) {
        return write(text, SIZE);
    }

    PdfWriter gap() {
        y -= SIZE;
        return this;
    }

    byte[] finish() {
        try (document;
                fontFile) {
            if (page == null) {
                newPage();
            }
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfWriter write(String text, float size) {
        try {
            for (String line : wrap(printable(text), size)) {
                if (page == null || y < MARGIN + size) {
                    newPage();
                }
                y -= size * 1.4f;
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN, y);
                page.showText(line);
                page.endText();
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : words(text, size)) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || width(candidate, size) <= WIDTH) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** Characters the font cannot draw become "?", tabs and line breaks spaces. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.replaceAll("[\\t\\r\\n]+", " ").codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The text's words; a word wider than a line (a Chinese sentence) is cut between characters. */
    private List<String> words(String text, float size) throws IOException {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            while (width(word, size) > WIDTH) {
                int fits = 1;
                while (fits < word.length() && width(word.substring(0, fits + 1), size) <= WIDTH) {
                    fits++;
                }
                if (Character.isHighSurrogate(word.charAt(fits - 1))) {
                    fits++;
                }
                words.add(word.substring(0, fits));
                word = word.substring(fits);
            }
            words.add(word);
        }
        return words;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
