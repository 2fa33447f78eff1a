package org.parley.web.pages.policy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.groups.Group;
import org.parley.core.groups.Side;
import org.parley.core.policy.InstrumentType;
import org.parley.core.policy.PolicyAttachment;
import org.parley.core.policy.PolicyText;
import org.parley.core.policy.PolicyUpdate;

/**
 * A group's policy-update feed page: the filter as typed, the updates that pass it with their texts
 * side by side, and what the viewer may do. Immutable.
 *
 * @param filter the query parameters as the viewer typed them, by name
 * @param atomHref the group's Atom feed, with the same filter
 * @param mayPost whether the viewer is a member (members post for their side)
 * @param ownSides the viewer's sides, whose updates they may correct or withdraw
 */
public record PolicyFeedView(
        Group group,
        Map<String, String> filter,
        List<PolicyUpdate> updates,
        List<Side> sides,
        String atomHref,
        boolean mayPost,
        Set<Long> ownSides,
        Map<Long, List<PolicyAttachment>> attachments) {

    /** The documents attached to an update (their content only through the release gate). */
    public List<PolicyAttachment> attachmentsOf(PolicyUpdate update) {
        return attachments.getOrDefault(update.id(), List.of());
    }

    public PolicyFeedView {
        attachments = Map.copyOf(attachments);
        filter = Map.copyOf(filter);
        updates = List.copyOf(updates);
        sides = List.copyOf(sides);
        ownSides = Set.copyOf(ownSides);
    }

    /** One language's text of an update, marked when it prevails. */
    public record Text(String language, PolicyText text, boolean authoritative) {}

    /** The update's texts: English, then Chinese, then any other language. */
    public List<Text> texts(PolicyUpdate update) {
        List<String> order = new ArrayList<>(PolicyFormValues.LANGUAGES);
        update.texts().keySet().stream()
                .sorted()
                .filter(tag -> !order.contains(tag))
                .forEach(order::add);
        return order.stream()
                .filter(update.texts()::containsKey)
                .map(tag -> new Text(tag, update.texts().get(tag), tag.equals(update.authoritativeLanguage())))
                .toList();
    }

    /** A filter field's value as typed, or empty. */
    public String value(String name) {
        return filter.getOrDefault(name, "");
    }

    public String sideName(long sideId) {
        return sides.stream()
                .filter(side -> side.id() == sideId)
                .map(Side::name)
                .findFirst()
                .orElse("#" + sideId);
    }

    /** The feed filtered by one tag. */
    public String tagHref(String tag) {
        return "/groups/" + group.id() + "/policy-updates?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }

    public boolean mayChange(PolicyUpdate update) {
        return !update.withdrawn() && ownSides.contains(update.sideId());
    }

    public List<InstrumentType> instrumentTypes() {
        return Arrays.asList(InstrumentType.values());
    }

    /** The bundle key naming a language, or null for a language the pages have no name for. */
    public static String languageKey(String tag) {
        return PolicyFormValues.LANGUAGES.contains(tag) ? "language.name." + tag : null;
    }
}
