package org.parley.core.audit;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes audit details as canonical JSON: object keys sorted, no whitespace, numbers and booleans as
 * JSON literals, every other value (dates, enums, IDs) as its {@code toString()} text. The same
 * details therefore always give the same text and the same hash. Stateless.
 */
final class CanonicalJson {

    private CanonicalJson() {}

    static String write(Map<String, ?> details) {
        StringBuilder out = new StringBuilder();
        writeValue(details, out);
        return out.toString();
    }

    private static void writeValue(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> writeObject(map, out);
            case Iterable<?> items -> writeArray(items, out);
            case Boolean bool -> out.append(bool);
            case Integer number -> out.append(number);
            case Long number -> out.append(number);
            case Double number when Double.isFinite(number) -> out.append(number);
            default -> writeString(value.toString(), out);
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
        out.append('{');
        String separator = "";
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            out.append(separator);
            writeString(entry.getKey(), out);
            out.append(':');
            writeValue(entry.getValue(), out);
            separator = ",";
        }
        out.append('}');
    }

    private static void writeArray(Iterable<?> items, StringBuilder out) {
        out.append('[');
        String separator = "";
        for (Object item : items) {
            out.append(separator);
            writeValue(item, out);
            separator = ",";
        }
        out.append(']');
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
