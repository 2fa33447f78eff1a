package org.parley.web.pages.proposals;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.parley.core.access.Roles;
import org.parley.core.groups.Group;
import org.parley.core.groups.Side;
import org.parley.core.proposals.Proposal;
import org.parley.core.proposals.ProposalStatus;
import org.parley.web.pages.FormState;

/**
 * A proposal's page: its current texts side by side, each side's endorsement, comments and history.
 * Immutable.
 *
 * @param form the revision form sent back for correction, or {@link FormState#NONE}
 */
public record ProposalView(
        Proposal proposal,
        Group group,
        List<Side> sides,
        List<Text> texts,
        List<CommentLine> comments,
        List<HistoryLine> history,
        Roles roles,
        FormState form) {

    /** The name of the form that writes a new version. */
    public static final String REVISION_FORM = "revision";

    /** The current version's text in one language. */
    public record Text(String language, String body, boolean authoritative) {

        /** English first, then Chinese, then any other language by tag. */
        static List<Text> ordered(Proposal proposal) {
            return proposal.texts().entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, String> text) -> rank(text.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .map(text -> new Text(
                            text.getKey(), text.getValue(), text.getKey().equals(proposal.authoritativeLanguage())))
                    .toList();
        }

        private static int rank(String language) {
            return language.startsWith("en") ? 0 : language.startsWith("zh") ? 1 : 2;
        }

        /** The bundle key naming the language, or null for a language the pages do not name. */
        public String nameKey() {
            return language.startsWith("en")
                    ? "language.name.en"
                    : language.startsWith("zh") ? "language.name.zh" : null;
        }
    }

    /** A comment with its author's name. */
    public record CommentLine(String author, int version, String body, Instant at) {}

    /**
     * One event of the proposal's history.
     *
     * @param actionKey the bundle key describing the event
     * @param side the side it concerns, or empty
     * @param fromStatus for a status change, the {@code ProposalStatus} it left (else null)
     * @param note a reason, as recorded
     */
    public record HistoryLine(
            Instant at,
            String who,
            String actionKey,
            String side,
            Integer version,
            String fromStatus,
            String toStatus,
            String note) {}

    public boolean endorsedBy(Side side) {
        return proposal.endorsedBySides().contains(side.id());
    }

    /** Whether the viewer may endorse or reject for {@code side}: its leader, while endorsement is open. */
    public boolean mayDecide(Side side) {
        return proposal.status() == ProposalStatus.UNDER_ENDORSEMENT && roles.leads(side.id()) && !endorsedBy(side);
    }

    public boolean mayComment() {
        return roles.isMember();
    }

    /** Whether the viewer may write a new version: its author or a manager of the group, while it is open. */
    public boolean mayRevise() {
        return proposal.status().open()
                && (Long.valueOf(proposal.createdBy()).equals(roles.userId()) || roles.managesGroup());
    }
}
