package org.parley.bench.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Readers for the small evaluation fixtures: checks.yml, cross-script pairs, OFAC fixtures. Stateless. */
public final class FixtureFiles {
    private FixtureFiles() {}

    /** A query, the name it should (or should not) meet, and the source's own score or minimum. */
    public record ScoredPair(String query, String candidate, double sourceScore) {}

    /**
     * The checks of {@code eval/checks.yml} as labelled pairs. The file is a flat list of checks with
     * {@code query}/{@code candidate} maps holding {@code name} or split name parts; this reader
     * handles exactly that shape.
     */
    public static List<LabelledPair> checks(EvaluationData data) {
        var pairs = new ArrayList<LabelledPair>();
        Boolean match = null;
        String schema = null;
        String section = null;
        Map<String, Map<String, String>> parts = new LinkedHashMap<>();
        for (String line : data.lines("eval/checks.yml")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("- match:")) {
                addCheck(pairs, match, schema, parts);
                match = Boolean.parseBoolean(value(trimmed.substring(2)));
                schema = null;
                parts = new LinkedHashMap<>();
            } else if (trimmed.startsWith("schema:")) {
                schema = value(trimmed);
            } else if (trimmed.equals("query:") || trimmed.equals("candidate:")) {
                section = trimmed.substring(0, trimmed.length() - 1);
            } else if (section != null && trimmed.contains(":")) {
                parts.computeIfAbsent(section, key -> new LinkedHashMap<>())
                        .put(trimmed.substring(0, trimmed.indexOf(':')), value(trimmed));
            }
        }
        addCheck(pairs, match, schema, parts);
        return pairs;
    }

    private static void addCheck(
            List<LabelledPair> pairs, Boolean match, String schema, Map<String, Map<String, String>> parts) {
        if (match == null || !parts.containsKey("query") || !parts.containsKey("candidate")) {
            return;
        }
        pairs.add(new LabelledPair(schema, name(parts.get("query")), name(parts.get("candidate")), match, schema));
    }

    private static String name(Map<String, String> fields) {
        if (fields.containsKey("name")) {
            return fields.get("name");
        }
        var name = new ArrayList<String>();
        for (String key : List.of("firstName", "middleName", "fatherName", "lastName")) {
            if (fields.containsKey(key)) {
                name.add(fields.get(key));
            }
        }
        return String.join(" ", name);
    }

    private static String value(String keyValue) {
        String value = keyValue.substring(keyValue.indexOf(':') + 1).strip();
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** {@code eval/cross_script_pairs.csv}: query, expected Latin name, the source model's minimum. */
    public static List<ScoredPair> crossScriptPairs(EvaluationData data) {
        var pairs = new ArrayList<ScoredPair>();
        for (String line : data.lines("eval/cross_script_pairs.csv")) {
            List<String> fields = SimpleCsv.fields(line);
            pairs.add(new ScoredPair(fields.get(0), fields.get(1), Double.parseDouble(fields.get(2))));
        }
        return pairs;
    }

    /** {@code eval/ofac_fixtures.csv}: query, result, OFAC's score (−1 when OFAC did not show it). */
    public static List<ScoredPair> ofacFixtures(EvaluationData data) {
        var pairs = new ArrayList<ScoredPair>();
        List<String> lines = data.lines("eval/ofac_fixtures.csv");
        for (int i = 1; i < lines.size(); i++) {
            List<String> fields = SimpleCsv.fields(lines.get(i));
            pairs.add(new ScoredPair(fields.get(0), fields.get(1), Double.parseDouble(fields.get(2))));
        }
        return pairs;
    }
}
