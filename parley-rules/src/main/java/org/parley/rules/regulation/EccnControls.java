package org.parley.rules.regulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.rules.request.Eccn;
import tools.jackson.databind.JsonNode;

/** The licence-requirement rows of every ECCN on the CCL (Supp. No. 1 to Part 774). Immutable, thread-safe. */
public final class EccnControls {
    private final Map<String, List<Control>> controls;

    private EccnControls(Map<String, List<Control>> controls) {
        this.controls = Map.copyOf(controls);
    }

    static EccnControls from(JsonNode root) {
        Map<String, List<Control>> controls = new HashMap<>();
        root.path("entries").properties().forEach(entry -> {
            List<Control> rows = new ArrayList<>();
            entry.getValue()
                    .path("controls")
                    .values()
                    .forEach(row -> rows.add(new Control(
                            row.path("reason").asString(),
                            scope(row.path("scope")),
                            destination(row.path("destination")),
                            row.path("text").asString())));
            controls.put(entry.getKey(), List.copyOf(rows));
        });
        return new EccnControls(controls);
    }

    /** The rows of the entry ({@code 5E002}), or empty when the CCL has no such entry. */
    public Optional<List<Control>> of(String head) {
        return Optional.ofNullable(controls.get(head));
    }

    public boolean contains(String head) {
        return controls.containsKey(head);
    }

    private static ControlScope scope(JsonNode node) {
        return switch (node.path("kind").asString()) {
            case "all" -> new ControlScope.All();
            case "except" -> new ControlScope.Except(Resources.strings(node.path("paragraphs")));
            case "paragraphs" -> new ControlScope.Paragraphs(Resources.strings(node.path("paragraphs")));
            case "for" ->
                new ControlScope.ForItems(Resources.strings(node.path("items")).stream()
                        .map(Eccn::parse)
                        .toList());
            default -> new ControlScope.Prose();
        };
    }

    private static ControlDestination destination(JsonNode node) {
        String citation = node.path("citation").asString("");
        return switch (node.path("kind").asString()) {
            case "column" -> new ControlDestination.Column(node.path("column").asString());
            case "allExcept" -> new ControlDestination.AllExcept(Resources.strings(node.path("countries")), citation);
            case "groups" ->
                new ControlDestination.Groups(
                        Resources.strings(node.path("groups")),
                        Resources.strings(node.path("countries")),
                        Resources.strings(node.path("excludeGroups")),
                        citation);
            case "countries" -> new ControlDestination.Listed(Resources.strings(node.path("countries")), citation);
            default -> new ControlDestination.Referral(node.path("text").asString());
        };
    }
}
