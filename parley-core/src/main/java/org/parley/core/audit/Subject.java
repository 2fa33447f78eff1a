package org.parley.core.audit;

import java.util.Objects;

/**
 * What an audit event is about, e.g. {@code member 42}. Immutable.
 *
 * @param type the kind of record (a stable word such as {@code group}, {@code member})
 * @param id the record's identifier as text
 */
public record Subject(String type, String id) {

    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Subject of(String type, long id) {
        return new Subject(type, Long.toString(id));
    }
}
