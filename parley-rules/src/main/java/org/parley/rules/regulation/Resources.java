package org.parley.rules.regulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the regulation resources shipped in this package. Stateless. */
final class Resources {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Resources() {}

    static JsonNode read(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("regulation resource missing from the classpath: " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read regulation resource " + name, e);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(value -> values.add(value.asString()));
        return List.copyOf(values);
    }

    static LocalDate date(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asString());
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
