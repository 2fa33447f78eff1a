package org.parley.rules.request;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a request in the contract's JSON shape (contracts.md §2), so that a stored decision can be
 * read back with {@link DecisionRequestReader} and replayed. Thread-safe.
 */
public final class DecisionRequestJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DecisionRequestJson() {}

    public static ObjectNode toJson(DecisionRequest request) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", request.id());
        node.put("date", request.date().toString());
        DecisionRequest.Item item = request.item();
        node.putObject("item")
                .put("kind", item.kind().jsonName())
                .put("eccn", item.eccn().toString())
                .put("forEccn", item.forEccn() == null ? null : item.forEccn().toString())
                .put("publicStatus", item.publicStatus().jsonName());
        node.set("recipient", recipient(request.recipient()));
        node.put("releaseCountry", request.releaseCountry());
        node.put("purpose", request.purpose().jsonName());
        DecisionRequest.Standards standards = request.standards();
        node.putObject("standards")
                .put("intendedForPublication", standards.intendedForPublication())
                .put("publishedStandard", standards.publishedStandard())
                .put("organization", standards.organization());
        ArrayNode knowledge = node.putArray("knowledge");
        request.knowledge().stream().map(Knowledge::jsonName).sorted().forEach(knowledge::add);
        return node;
    }

    public static String write(DecisionRequest request) {
        return JSON.writeValueAsString(toJson(request));
    }

    private static ObjectNode recipient(DecisionRequest.Recipient recipient) {
        ObjectNode node = JSON.createObjectNode()
                .put("name", recipient.name())
                .put("kind", recipient.kind().jsonName())
                .put("country", recipient.country());
        ArrayNode citizenships = node.putArray("citizenships");
        recipient.citizenships().forEach(citizenships::add);
        node.put(
                "usStatus",
                recipient.usStatus() == null ? null : recipient.usStatus().jsonName());
        ArrayNode owners = node.putArray("owners");
        recipient
                .owners()
                .forEach(owner -> owners.addObject().put("name", owner.name()).put("percent", owner.percent()));
        node.put("onBehalfOf", recipient.onBehalfOf());
        return node;
    }
}
