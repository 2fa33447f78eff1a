package org.parley.web.pages.compliance;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.Knowledge;
import org.parley.rules.request.PublicStatus;
import org.parley.rules.request.Purpose;
import org.parley.rules.request.RecipientKind;
import org.parley.rules.request.UsStatus;
import org.parley.web.system.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The "decide a hypothetical release" form: its fields as typed (to show them again) and the
 * {@code parley decide} request they make (contracts.md §2), so that the rules engine reads and
 * checks it exactly as the CLI does. Enum fields hold constant names, e.g. {@code TECHNOLOGY}.
 * Immutable.
 */
public record ReleaseQuestion(
        String date,
        String itemKind,
        String eccn,
        String forEccn,
        String publicStatus,
        String recipientName,
        String recipientKind,
        String recipientCountry,
        String citizenships,
        String usStatus,
        String onBehalfOf,
        String owners,
        String releaseCountry,
        String purpose,
        boolean intendedForPublication,
        boolean publishedStandard,
        String organization,
        Set<String> knowledge) {

    /** The form's fields from the query string; a blank form starts on {@code today}. */
    static ReleaseQuestion from(Context ctx, LocalDate today) {
        Function<String, String> field = name -> {
            String value = ctx.queryParam(name);
            return value == null ? "" : value.strip();
        };
        return new ReleaseQuestion(
                field.apply("date").isEmpty() ? today.toString() : field.apply("date"),
                field.apply("itemKind").isEmpty() ? ItemKind.TECHNOLOGY.name() : field.apply("itemKind"),
                field.apply("eccn").isEmpty() ? "EAR99" : field.apply("eccn"),
                field.apply("forEccn"),
                field.apply("publicStatus"),
                field.apply("recipientName"),
                field.apply("recipientKind"),
                field.apply("recipientCountry"),
                field.apply("citizenships"),
                field.apply("usStatus"),
                field.apply("onBehalfOf"),
                field.apply("owners"),
                field.apply("releaseCountry"),
                field.apply("purpose").isEmpty() ? Purpose.STANDARDS.name() : field.apply("purpose"),
                ctx.queryParam("intendedForPublication") != null,
                ctx.queryParam("publishedStandard") != null,
                field.apply("organization"),
                Set.copyOf(ctx.queryParams("knowledge")));
    }

    /** Whether the form was sent (a recipient is named), rather than opened. */
    public boolean asked() {
        return !recipientName.isEmpty();
    }

    public boolean knows(Knowledge fact) {
        return knowledge.contains(fact.name());
    }

    /** The request as {@code parley decide} reads it; values the form does not know pass through as typed. */
    ObjectNode toJson() {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("id", "console");
        request.put("date", date);
        ObjectNode item = request.putObject("item");
        item.put("kind", json(itemKind, ItemKind.values(), ItemKind::jsonName));
        item.put("eccn", eccn);
        putIfPresent(item, "forEccn", forEccn);
        putIfPresent(item, "publicStatus", json(publicStatus, PublicStatus.values(), PublicStatus::jsonName));
        ObjectNode recipient = request.putObject("recipient");
        recipient.put("name", recipientName);
        putIfPresent(recipient, "kind", json(recipientKind, RecipientKind.values(), RecipientKind::jsonName));
        putIfPresent(recipient, "country", recipientCountry.toUpperCase(Locale.ROOT));
        ArrayNode countries = recipient.putArray("citizenships");
        Arrays.stream(citizenships.split("[,;\\s]+"))
                .filter(code -> !code.isBlank())
                .forEach(code -> countries.add(code.toUpperCase(Locale.ROOT)));
        putIfPresent(recipient, "usStatus", json(usStatus, UsStatus.values(), UsStatus::jsonName));
        putIfPresent(recipient, "onBehalfOf", onBehalfOf);
        putOwners(recipient);
        putIfPresent(request, "releaseCountry", releaseCountry.toUpperCase(Locale.ROOT));
        request.put("purpose", json(purpose, Purpose.values(), Purpose::jsonName));
        if (Purpose.STANDARDS.name().equals(purpose)) {
            ObjectNode standards = request.putObject("standards");
            standards.put("intendedForPublication", intendedForPublication);
            standards.put("publishedStandard", publishedStandard);
            putIfPresent(standards, "organization", organization);
        }
        ArrayNode facts = request.putArray("knowledge");
        for (Knowledge fact : Knowledge.values()) {
            if (knows(fact)) {
                facts.add(fact.jsonName());
            }
        }
        return request;
    }

    /**
     * One owner per line as "name, percent" (e.g. {@code Huawei Investment & Holding, 100}); a line without a
     * share passes on without one, so the rules engine names the missing field.
     */
    private void putOwners(ObjectNode recipient) {
        List<String> lines = owners.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (lines.isEmpty()) {
            return;
        }
        ArrayNode list = recipient.putArray("owners");
        for (String line : lines) {
            ObjectNode owner = list.addObject();
            Matcher share = OWNER_SHARE.matcher(line);
            if (share.matches()) {
                owner.put("name", share.group(1).strip());
                owner.put("percent", new BigDecimal(share.group(2)));
            } else {
                owner.put("name", line);
            }
        }
    }

    private static final Pattern OWNER_SHARE = Pattern.compile("(.+?)[,;:\\s]+(\\d{1,3}(?:\\.\\d+)?)\\s*%?");

    /** The contract's word for a constant chosen in the form (e.g. {@code TECHNOLOGY} → {@code technology}). */
    private static <E extends Enum<E>> String json(String name, E[] values, Function<E, String> jsonName) {
        return Arrays.stream(values)
                .filter(value -> value.name().equals(name))
                .map(jsonName)
                .findFirst()
                .orElse(name);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    /** The choices the form offers, for the template. */
    public record Choices(
            List<ItemKind> itemKinds,
            List<PublicStatus> publicStatuses,
            List<RecipientKind> recipientKinds,
            List<UsStatus> usStatuses,
            List<Purpose> purposes,
            List<Knowledge> knowledge) {

        static final Choices ALL = new Choices(
                List.of(ItemKind.values()),
                List.of(PublicStatus.values()),
                List.of(RecipientKind.values()),
                List.of(UsStatus.values()),
                List.of(Purpose.values()),
                List.of(Knowledge.values()));
    }
}
