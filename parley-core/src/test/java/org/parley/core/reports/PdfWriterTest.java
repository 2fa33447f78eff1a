package org.parley.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    private static final String CHINESE_NAME = "中国电子技术标准化研究院 陈专家";

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Optional<Path> systemCjkFont() {
        return PdfFont.SYSTEM_CJK_FONTS.stream().filter(Files::isReadable).findFirst();
    }

    @Test
    void chineseNamesPrintWithASystemCjkFont() throws Exception {
        assumeTrue(systemCjkFont().isPresent(), "no CJK font installed (.ci/run installs fonts-wqy-microhei)");

        String text = text(new PdfWriter(Optional.empty())
                .heading("Meeting pack 会议材料")
                .line("Attendees: " + CHINESE_NAME)
                .finish());

        assertThat(text).contains("会议材料", CHINESE_NAME).doesNotContain("?");
    }

    @Test
    void aLongChineseSentenceWrapsInsteadOfRunningOffThePage() throws Exception {
        assumeTrue(systemCjkFont().isPresent(), "no CJK font installed (.ci/run installs fonts-wqy-microhei)");
        String sentence = "双方同意在下次会议前交换关于标准相关活动的出口管制政策更新".repeat(4);

        String text = text(new PdfWriter(systemCjkFont()).line(sentence).finish());

        String[] lines = text.strip().split("\\R");
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo(sentence);
    }

    @Test
    void withoutACjkFontChineseBecomesQuestionMarksAndLatinStays() throws Exception {
        Path missing = Path.of("/nonexistent/font.ttf");

        String text =
                text(new PdfWriter(Optional.of(missing)).line("Chen Expert 陈专家").finish());

        assertThat(text.strip()).isEqualTo("Chen Expert ???");
    }
}
