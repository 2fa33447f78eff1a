package org.parley.cli;

import java.util.List;
import org.parley.screening.ScreeningHit;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of screening results (contracts.md §1). Thread-safe. */
final class HitJson {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private HitJson() {}

    /** {@code {"id":…,"query":…,"hits":[…]}} as one line; the id is omitted when null. */
    static String line(String id, String query, List<ScreeningHit> hits) {
        ObjectNode line = JSON.createObjectNode();
        if (id != null) {
            line.put("id", id);
        }
        line.put("query", query);
        ArrayNode array = line.putArray("hits");
        for (ScreeningHit hit : hits) {
            array.add(hit(hit));
        }
        return JSON.writeValueAsString(line);
    }

    static String error(String id, String message) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", id);
        line.put("error", message);
        return JSON.writeValueAsString(line);
    }

    static ObjectNode hit(ScreeningHit hit) {
        ObjectNode node = JSON.createObjectNode();
        node.put("list", hit.entry().listCode());
        node.put("source", hit.entry().source());
        node.put("entityNumber", hit.entry().entityNumber());
        node.put("name", hit.entry().name());
        node.put("matchedName", hit.matchedName());
        node.put("score", Math.round(hit.score() * 1000) / 1000.0);
        ArrayNode countries = node.putArray("countries");
        hit.entry().countries().forEach(countries::add);
        ArrayNode explanation = node.putArray("explanation");
        hit.explanation().forEach(explanation::add);
        return node;
    }
}
