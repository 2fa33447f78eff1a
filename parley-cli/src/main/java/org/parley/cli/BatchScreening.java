package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningQuery;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Screens JSON Lines queries in chunks: each chunk is scored on all cores, then written in input
 * order, so output streams while memory stays bounded however long the input is.
 */
final class BatchScreening {
    private static final int CHUNK = 4096;

    private final Screener screener;
    private final double threshold;
    private final boolean json;
    private final PrintWriter out;

    BatchScreening(Screener screener, double threshold, boolean json, PrintWriter out) {
        this.screener = screener;
        this.threshold = threshold;
        this.json = json;
        this.out = out;
    }

    /** Returns the exit code: 0, or 1 when any line was malformed. */
    int run(BufferedReader in) throws IOException {
        boolean anyError = false;
        try (in;
                ProgressBar progress = new ProgressBarBuilder()
                        .setTaskName("screening")
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(1000)
                        .setUnit(" names", 1)
                        .continuousUpdate()
                        .build()) {
            long lineNumber = 0;
            var chunk = new ArrayList<String>(CHUNK);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                chunk.add(line);
                if (chunk.size() == CHUNK) {
                    anyError |= screenChunk(chunk, lineNumber);
                    lineNumber += chunk.size();
                    progress.stepBy(chunk.size());
                    chunk.clear();
                }
            }
            anyError |= screenChunk(chunk, lineNumber);
            progress.stepBy(chunk.size());
        }
        out.flush();
        return anyError ? 1 : 0;
    }

    private boolean screenChunk(List<String> lines, long firstLine) {
        String[] results = new String[lines.size()];
        boolean[] failed = new boolean[lines.size()];
        IntStream.range(0, lines.size()).parallel().forEach(i -> {
            try {
                results[i] = screenLine(lines.get(i), firstLine + i + 1);
            } catch (BatchLineException e) {
                results[i] = HitJson.error(e.id, e.getMessage());
                failed[i] = true;
            }
        });
        boolean anyError = false;
        for (int i = 0; i < results.length; i++) {
            if (results[i] != null) {
                out.println(results[i]);
            }
            anyError |= failed[i];
        }
        out.flush();
        return anyError;
    }

    private String screenLine(String line, long lineNumber) {
        if (line.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = HitJson.JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BatchLineException(null, "line " + lineNumber + ": invalid JSON: " + e.getOriginalMessage());
        }
        String id = node.path("id").isValueNode() ? node.path("id").asString() : null;
        JsonNode name = node.path("name");
        if (!name.isString() || name.asString().isBlank()) {
            throw new BatchLineException(id, "line " + lineNumber + ": \"name\" is required");
        }
        ScreeningQuery query;
        try {
            query = new ScreeningQuery(
                    name.asString(),
                    ScreenCommand.validCountry(textOrNull(node, "country")),
                    ScreenCommand.partyType(textOrNull(node, "type")));
        } catch (UserError e) {
            throw new BatchLineException(id, "line " + lineNumber + ": " + e.getMessage());
        }
        var hits = screener.screen(query, threshold);
        if (json) {
            return HitJson.line(id, query.name(), hits);
        }
        var text = new java.io.StringWriter();
        HitTable.print(new PrintWriter(text), (id == null ? "" : id + " ") + query.name(), hits);
        return text.toString().stripTrailing();
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static final class BatchLineException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String id;

        BatchLineException(String id, String message) {
            super(message);
            this.id = id;
        }
    }
}
