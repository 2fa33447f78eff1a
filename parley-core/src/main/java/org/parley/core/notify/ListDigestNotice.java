package org.parley.core.notify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Handle;
import tools.jackson.databind.JsonNode;

/**
 * The notice of a list digest announced to one group: its compliance officers learn the lists' date,
 * the counts per list ("EL: +2 −0 Δ1") and which additions resemble the group's current members.
 * The lines are written without words so that both languages' templates can frame them. Stateless.
 */
final class ListDigestNotice {

    /** Shown in place of the member lines when no addition resembles a member. */
    static final String NONE = "—";

    private ListDigestNotice() {}

    static List<Notice> of(Handle handle, long groupId, JsonNode details) {
        Map<String, Object> group = EventNotices.row(handle, "SELECT name FROM working_groups WHERE id = :id", groupId);
        List<Addressee> officers = Audience.complianceOfficers(handle, groupId);
        if (officers.isEmpty()) {
            return List.of();
        }
        return List.of(new Notice(
                NotificationKind.LIST_DIGEST,
                officers,
                List.of(
                        details.path("listsAsOf").asString(),
                        group.get("name"),
                        lines(details.path("lists"), ListDigestNotice::countLine),
                        lines(details.path("matches"), ListDigestNotice::matchLine),
                        details.path("previousListsAsOf").asString()),
                null));
    }

    private static String countLine(JsonNode list) {
        return "- " + list.path("listCode").asString() + ": +"
                + list.path("added").asInt() + " −" + list.path("removed").asInt() + " Δ"
                + list.path("changed").asInt();
    }

    private static String matchLine(JsonNode match) {
        return "- " + match.path("screenedName").asString() + " ≈ "
                + match.path("entryName").asString() + " ("
                + match.path("listCode").asString() + ", "
                + String.format(Locale.ROOT, "%.2f", match.path("score").asDouble()) + ")";
    }

    private static String lines(JsonNode items, java.util.function.Function<JsonNode, String> line) {
        String text = StreamSupport.stream(items.spliterator(), false).map(line).collect(Collectors.joining("\n"));
        return text.isEmpty() ? NONE : text;
    }
}
