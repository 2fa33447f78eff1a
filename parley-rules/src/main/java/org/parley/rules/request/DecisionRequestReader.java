package org.parley.rules.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads decision requests in the contract's JSON shape (contracts.md §2) and validates them; every
 * problem is reported as an {@link InvalidRequestException} naming the field. Thread-safe.
 */
public final class DecisionRequestReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Parses one JSON object. */
    public DecisionRequest read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidRequestException("request", "not valid JSON: " + e.getOriginalMessage());
        }
        return read(root);
    }

    /** Validates an already-parsed JSON object. */
    public DecisionRequest read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException("request", "a JSON object is expected");
        }
        LocalDate date = date(root.path("date"));
        var item = item(root.path("item"));
        var recipient = recipient(root.path("recipient"));
        String releaseCountry = optionalText(root, "releaseCountry", "releaseCountry");
        releaseCountry =
                releaseCountry == null ? recipient.country() : Countries.require("releaseCountry", releaseCountry);
        Purpose purpose = optionalEnum(root.path("purpose"), "purpose", Purpose.values(), Purpose::jsonName);
        var standards = standards(root.path("standards"));
        Set<Knowledge> knowledge = EnumSet.noneOf(Knowledge.class);
        List<JsonNode> knowledgeNodes = array(root.path("knowledge"), "knowledge");
        for (int i = 0; i < knowledgeNodes.size(); i++) {
            knowledge.add(optionalEnum(
                    knowledgeNodes.get(i), "knowledge[" + i + "]", Knowledge.values(), Knowledge::jsonName));
        }
        return new DecisionRequest(
                optionalText(root, "id", "id"),
                date,
                item,
                recipient,
                releaseCountry,
                purpose == null ? Purpose.COMMERCIAL : purpose,
                standards,
                knowledge);
    }

    private static LocalDate date(JsonNode node) {
        if (node.isMissingNode() || node.isNull() || string(node, "date").isBlank()) {
            throw new InvalidRequestException("date", "missing; the day of the release is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(node.asString().trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("date", "'" + node.asString() + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static DecisionRequest.Item item(JsonNode node) {
        requireObject(node, "item");
        ItemKind kind = requiredEnum(node.path("kind"), "item.kind", ItemKind.values(), ItemKind::jsonName);
        String eccnText = optionalText(node, "eccn", "item.eccn");
        if (eccnText == null) {
            throw new InvalidRequestException("item.eccn", "missing; give an ECCN such as 5E002 or EAR99");
        }
        String forText = optionalText(node, "forEccn", "item.forEccn");
        PublicStatus status = optionalEnum(
                node.path("publicStatus"), "item.publicStatus", PublicStatus.values(), PublicStatus::jsonName);
        return new DecisionRequest.Item(
                kind, eccn("item.eccn", eccnText), forText == null ? null : eccn("item.forEccn", forText), status);
    }

    private static Eccn eccn(String field, String text) {
        try {
            return Eccn.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, e.getMessage());
        }
    }

    private static DecisionRequest.Recipient recipient(JsonNode node) {
        requireObject(node, "recipient");
        String name = optionalText(node, "name", "recipient.name");
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("recipient.name", "missing; the recipient is screened by name");
        }
        RecipientKind kind =
                optionalEnum(node.path("kind"), "recipient.kind", RecipientKind.values(), RecipientKind::jsonName);
        String country = optionalText(node, "country", "recipient.country");
        if (country == null) {
            throw new InvalidRequestException("recipient.country", "missing; give the recipient's ISO alpha-2 country");
        }
        List<String> citizenships = new ArrayList<>();
        List<JsonNode> citizenshipNodes = array(node.path("citizenships"), "recipient.citizenships");
        for (int i = 0; i < citizenshipNodes.size(); i++) {
            String field = "recipient.citizenships[" + i + "]";
            citizenships.add(Countries.require(field, string(citizenshipNodes.get(i), field)));
        }
        UsStatus usStatus =
                optionalEnum(node.path("usStatus"), "recipient.usStatus", UsStatus.values(), UsStatus::jsonName);
        return new DecisionRequest.Recipient(
                name.trim(),
                kind == null ? RecipientKind.ORGANIZATION : kind,
                Countries.require("recipient.country", country),
                citizenships,
                usStatus,
                owners(node.path("owners")),
                optionalText(node, "onBehalfOf", "recipient.onBehalfOf"));
    }

    private static List<DecisionRequest.Owner> owners(JsonNode node) {
        List<DecisionRequest.Owner> owners = new ArrayList<>();
        List<JsonNode> ownerNodes = array(node, "recipient.owners");
        for (int i = 0; i < ownerNodes.size(); i++) {
            String field = "recipient.owners[" + i + "]";
            JsonNode owner = ownerNodes.get(i);
            requireObject(owner, field);
            String name = optionalText(owner, "name", field + ".name");
            if (name == null || name.isBlank()) {
                throw new InvalidRequestException(field + ".name", "missing");
            }
            JsonNode percent = owner.path("percent");
            if (!percent.isNumber() || percent.asDouble() < 0 || percent.asDouble() > 100) {
                throw new InvalidRequestException(field + ".percent", "a number from 0 to 100 is expected");
            }
            owners.add(new DecisionRequest.Owner(name.trim(), percent.asDouble()));
        }
        return owners;
    }

    private static DecisionRequest.Standards standards(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return DecisionRequest.Standards.NONE;
        }
        requireObject(node, "standards");
        return new DecisionRequest.Standards(
                flag(node, "intendedForPublication"),
                flag(node, "publishedStandard"),
                optionalText(node, "organization", "standards.organization"));
    }

    private static boolean flag(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidRequestException("standards." + name, "true or false is expected");
        }
        return value.asBoolean();
    }

    /** The elements of an optional JSON array (none when absent or null). */
    private static List<JsonNode> array(JsonNode node, String field) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidRequestException(field, "a JSON array is expected");
        }
        return node.valueStream().toList();
    }

    private static String string(JsonNode node, String field) {
        if (!node.isString()) {
            throw new InvalidRequestException(field, "a string is expected");
        }
        return node.asString();
    }

    private static void requireObject(JsonNode node, String field) {
        if (!node.isObject()) {
            throw new InvalidRequestException(field, node.isMissingNode() ? "missing" : "a JSON object is expected");
        }
    }

    private static String optionalText(JsonNode parent, String name, String field) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new InvalidRequestException(field, "a string is expected");
        }
        return node.asString();
    }

    private static <E extends Enum<E>> E requiredEnum(
            JsonNode node, String field, E[] values, Function<E, String> jsonName) {
        E value = optionalEnum(node, field, values, jsonName);
        if (value == null) {
            throw new InvalidRequestException(field, "missing; one of " + names(values, jsonName));
        }
        return value;
    }

    private static <E extends Enum<E>> E optionalEnum(
            JsonNode node, String field, E[] values, Function<E, String> jsonName) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String text = string(node, field).trim();
        for (E value : values) {
            if (jsonName.apply(value).equals(text)) {
                return value;
            }
        }
        throw new InvalidRequestException(field, "unknown value '" + text + "'; one of " + names(values, jsonName));
    }

    private static <E> String names(E[] values, Function<E, String> jsonName) {
        return Arrays.stream(values).map(jsonName).collect(Collectors.joining(", "));
    }
}
