package org.parley.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Builds and runs the SQL for a {@link PolicyUpdateFilter}. Not thread-safe; one per search. */
final class PolicyUpdateSearch {

    private static final String TEXT_MATCH = "(EXISTS (SELECT 1 FROM policy_update_texts x WHERE x.update_id = p.id"
            + " AND (LOWER(x.title) LIKE :text ESCAPE '!' OR LOWER(x.summary) LIKE :text ESCAPE '!'))"
            + " OR LOWER(p.citation) LIKE :text ESCAPE '!' OR LOWER(p.issuing_body) LIKE :text ESCAPE '!')";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> bindings = new LinkedHashMap<>();

    private PolicyUpdateSearch() {}

    /** The ids of the group's updates that pass the filter, newest publication first. */
    static List<Long> ids(Handle handle, long groupId, PolicyUpdateFilter filter) {
        var search = new PolicyUpdateSearch();
        search.add("p.group_id = :groupId", "groupId", groupId);
        search.add("p.jurisdiction = :jurisdiction", "jurisdiction", upper(filter.jurisdiction()));
        search.add("LOWER(p.issuing_body) = :issuingBody", "issuingBody", lower(filter.issuingBody()));
        search.add(
                "p.instrument_type = :instrumentType",
                "instrumentType",
                filter.instrumentType() == null ? null : filter.instrumentType().name());
        search.add("p.side_id = :sideId", "sideId", filter.sideId());
        search.add("p.published_on >= :publishedFrom", "publishedFrom", filter.publishedFrom());
        search.add("p.published_on <= :publishedTo", "publishedTo", filter.publishedTo());
        search.add("p.effective_on >= :effectiveFrom", "effectiveFrom", filter.effectiveFrom());
        search.add("p.effective_on <= :effectiveTo", "effectiveTo", filter.effectiveTo());
        search.add("LOWER(p.citation) LIKE :citation ESCAPE '!'", "citation", like(filter.citation()));
        search.add(
                "EXISTS (SELECT 1 FROM policy_update_tags t WHERE t.update_id = p.id AND t.tag = :tag)",
                "tag",
                lower(filter.tag()));
        search.add(TEXT_MATCH, "text", like(filter.text()));
        var query = handle.createQuery("SELECT p.id FROM policy_updates p WHERE "
                + String.join(" AND ", search.conditions) + " ORDER BY p.published_on DESC, p.id DESC");
        search.bindings.forEach(query::bind);
        return query.setMaxRows(filter.limit()).mapTo(Long.class).list();
    }

    /** Adds the condition unless its value is absent (null or blank). */
    private void add(String condition, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(condition);
            bindings.put(name, value);
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    /** A LIKE pattern matching {@code text} literally anywhere, ignoring case; '!' escapes the wildcards. */
    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + lower(text).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
