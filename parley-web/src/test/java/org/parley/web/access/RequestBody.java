package org.parley.web.access;

import java.util.Map;

/** What the matrix sends with a request: nothing, JSON, a form, or raw bytes of a file. */
sealed interface RequestBody {

    RequestBody NONE = new None();

    static RequestBody json(String template) {
        return new Json(template);
    }

    /** Form fields, as {@code name, value, name, value, ...}. */
    static RequestBody form(String... fields) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            map.put(fields[i], fields[i + 1]);
        }
        return new Form(map);
    }

    static RequestBody file(String contentType, String content) {
        return new File(contentType, content);
    }

    /** No body. */
    record None() implements RequestBody {}

    /** A JSON document with {@code {name}} placeholders. */
    record Json(String template) implements RequestBody {}

    /** An {@code application/x-www-form-urlencoded} form; values may hold placeholders. */
    record Form(Map<String, String> fields) implements RequestBody {
        public Form {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }

    /** A file upload's bytes with their media type. */
    record File(String contentType, String content) implements RequestBody {}
}
