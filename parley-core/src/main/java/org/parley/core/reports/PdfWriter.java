package org.parley.core.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes simple text reports as A4 PDF: headings and wrapped lines, new pages as needed. The font is
 * {@code PARLEY_PDF_FONT} (a TrueType file; give a CJK font such as WenQuanYi for Chinese text) or
 * Liberation Sans bundled with PDFBox, whose missing glyphs print as "?". Not thread-safe: one per
 * report.
 */
final class PdfWriter {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float HEADING = 14;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    PdfWriter() {
        try {
            font = PDType0Font.load(document, fontStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the PDF font", e);
        }
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
        try (document) {
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
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || font.getStringWidth(candidate) / 1000 * size <= WIDTH) {
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

    private static InputStream fontStream() throws IOException {
        String configured = System.getenv("PARLEY_PDF_FONT");
        if (configured != null && !configured.isBlank()) {
            return Files.newInputStream(Path.of(configured));
        }
        return PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
    }
}
