package org.parley.core.reports;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font a report is written in. Chinese names must print, so: {@code PARLEY_PDF_FONT} (a TrueType
 * {@code .ttf} or collection {@code .ttc}) if set, else the first CJK font found where Debian's font
 * packages put them (WenQuanYi, Droid Sans Fallback), else Liberation Sans bundled with PDFBox (Latin
 * only). Holds the font file open until the report is saved; one per report.
 */
final class PdfFont implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PdfFont.class);

    /** Where Debian's fonts-wqy-microhei, fonts-wqy-zenhei and fonts-droid-fallback install their CJK fonts. */
    static final List<Path> SYSTEM_CJK_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    final PDType0Font font;
    private final Closeable file;

    private PdfFont(PDType0Font font, Closeable file) {
        this.font = font;
        this.file = file;
    }

    /** Loads {@code configured} if given, else the first system CJK font, else the bundled Latin font. */
    static PdfFont load(PDDocument document, Optional<Path> configured) {
        List<Path> candidates = new ArrayList<>();
        configured.ifPresent(candidates::add);
        if (configured.isEmpty()) {
            SYSTEM_CJK_FONTS.stream().filter(Files::isReadable).forEach(candidates::add);
        }
        for (Path candidate : candidates) {
            try {
                return fromFile(document, candidate);
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot use {} for PDFs ({}); trying the next font", candidate, e.getMessage());
            }
        }
        try {
            return new PdfFont(PDType0Font.load(document, PdfFont.class.getResourceAsStream(BUNDLED)), () -> {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled PDF font", e);
        }
    }

    /** The configured font file from {@code PARLEY_PDF_FONT}, if set. */
    static Optional<Path> configured() {
        String path = System.getenv("PARLEY_PDF_FONT");
        return path == null || path.isBlank() ? Optional.empty() : Optional.of(Path.of(path.strip()));
    }

    private static PdfFont fromFile(PDDocument document, Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            try (var in = Files.newInputStream(file)) {
                return new PdfFont(PDType0Font.load(document, in), () -> {});
            }
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        try {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            if (first[0] == null) {
                throw new IOException("the collection holds no font");
            }
            // Subset-embedded: the glyphs are read when the document is saved, so the file stays open.
            return new PdfFont(PDType0Font.load(document, first[0], true), collection);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
