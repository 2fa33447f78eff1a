package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerExportCommandTest {

    @TempDir
    Path data;

    @Test
    void exportsTheLedgerAsCsvAndPdf() throws Exception {
        Path csv = data.resolve("ledger.csv");
        Path pdf = data.resolve("ledger.pdf");

        CliRun asCsv = CliRun.of("ledger", "export", "--data", data.toString(), "--csv", "--output", csv.toString());
        CliRun asPdf = CliRun.of("ledger", "export", "--data", data.toString(), "--pdf", "--output", pdf.toString());
        CliRun pdfToStdout = CliRun.of("ledger", "export", "--data", data.toString(), "--pdf");

        assertThat(asCsv.exitCode()).as(asCsv.err()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("id,release_id,group_id,document_id");
        assertThat(asPdf.exitCode()).as(asPdf.err()).isZero();
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Release ledger", "0 decisions");
        }
        assertThat(pdfToStdout.exitCode()).isEqualTo(2);
        assertThat(pdfToStdout.err()).contains("--pdf needs --output FILE");
    }
}
