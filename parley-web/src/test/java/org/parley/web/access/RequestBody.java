package org.parley.web.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the matrix sends with a request: nothing, JSON, a form (with or without a file), or raw bytes of a file. */
sealed interface RequestBody {

    RequestBody NONE = new None();

    static RequestBody json(String template) {
        return new Json(template);
    }

    /** Form fields, as {@code name, value, name, value, ...}; a name may repeat (ticked checkboxes). */
    static Form form(String... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("form fields come in name, value pairs");
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(Map.entry(fields[i], fields[i + 1]));
        }
        return new Form(pairs);
    }

    static RequestBody file(String contentType, String content) {
        return new File(contentType, content);
    }

    /** No body. */
    record None() implements RequestBody {}

    /** A JSON document with {@code {name}} placeholders. */
    record Json(String template) implements RequestBody {}

    /** An {@code application/x-www-form-urlencoded} form, in order; values may hold placeholders. */
    record Form(List<Map.Entry<String, String>> fields) implements RequestBody {
        public Form {
            fields = List.copyOf(fields);
        }

        /** These fields followed by {@code more} ({@code name, value, ...}). */
        Form and(String... more) {
            List<Map.Entry<String, String>> all = new ArrayList<>(fields);
            all.addAll(form(more).fields());
            return new Form(all);
        }

        /** The same fields sent as {@code multipart/form-data} with one uploaded file, as an upload form does. */
        Multipart withFile(String fileName, String contentType, String content) {
            return new Multipart(this, new File(contentType, content), fileName);
        }
    }

    /** A {@code multipart/form-data} upload form: its fields, then the file under the field name {@code file}. */
    record Multipart(Form form, File file, String fileName) implements RequestBody {}

    /** A file upload's bytes with their media type. */
    record File(String contentType, String content) implements RequestBody {}
}
