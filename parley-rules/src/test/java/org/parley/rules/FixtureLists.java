package org.parley.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.screening.lists.Alias;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.ListSnapshot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written list entries of fixture-lists.json as a snapshot. */
final class FixtureLists {
    private FixtureLists() {}

    static ListSnapshot snapshot() {
        JsonNode root = read();
        List<ListEntry> entries = new ArrayList<>();
        int id = 0;
        for (JsonNode node : root.path("entries").values()) {
            var builder = new ListEntryBuilder()
                    .id("fixture-" + ++id)
                    .listCode(node.path("list").asString())
                    .source(node.path("list").asString() + " (test fixture)")
                    .name(node.path("name").asString())
                    .licenseRequirement(text(node, "licenseRequirement"))
                    .licensePolicy(text(node, "licensePolicy"))
                    .federalRegisterNotice(text(node, "federalRegister"))
                    .startDate(date(node, "startDate"))
                    .endDate(date(node, "endDate"));
            node.path("aliases").values().forEach(alias -> builder.alias(Alias.strong(alias.asString())));
            node.path("countries").values().forEach(country -> builder.country(country.asString()));
            node.path("programs").values().forEach(program -> builder.program(program.asString()));
            entries.add(builder.build());
        }
        return ListSnapshot.of(entries, LocalDate.parse(root.path("asOf").asString()), List.of());
    }

    private static JsonNode read() {
        try (InputStream in = FixtureLists.class.getResourceAsStream("fixture-lists.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.path(field).asString() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.has(field) ? LocalDate.parse(node.path(field).asString()) : null;
    }
}
