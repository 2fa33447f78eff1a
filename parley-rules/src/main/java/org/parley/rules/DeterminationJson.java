package org.parley.rules;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes determinations and request errors in the contract's JSON shape (contracts.md §2). Thread-safe. */
public final class DeterminationJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeterminationJson() {}

    public static ObjectNode toJson(Determination determination) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", determination.id());
        node.put("outcome", determination.outcomeCode());
        node.put("authorization", determination.authorization());
        ArrayNode citations = node.putArray("citations");
        determination.citations().forEach(citations::add);
        node.put("licensePolicy", determination.licensePolicy());
        ArrayNode conditions = node.putArray("conditions");
        determination.conditions().forEach(conditions::add);
        ArrayNode matches = node.putArray("matches");
        for (Match match : determination.matches()) {
            matches.addObject()
                    .put("list", match.list())
                    .put("name", match.name())
                    .put("matchedName", match.matchedName())
                    .put("score", Math.round(match.score() * 1000) / 1000.0)
                    .put("party", match.party());
        }
        ArrayNode trace = node.putArray("trace");
        for (TraceLine line : determination.trace()) {
            trace.addObject().put("step", line.step()).put("rule", line.rule()).put("result", line.result());
        }
        node.put("rulesAsOf", determination.rulesAsOf().toString());
        node.put(
                "listsAsOf",
                determination.listsAsOf() == null
                        ? null
                        : determination.listsAsOf().toString());
        return node;
    }

    /** {@code {"id":…, "error":"…", "field":"…"}}: the line that stands in for a request that cannot be decided. */
    public static ObjectNode error(String id, String field, String message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("error", message);
        node.put("field", field);
        return node;
    }

    public static String write(ObjectNode node) {
        return JSON.writeValueAsString(node);
    }
}
