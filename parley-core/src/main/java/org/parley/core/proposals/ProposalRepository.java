package org.parley.core.proposals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.parley.core.proposals.ProposalDao.CurrentTextRow;
import org.parley.core.proposals.ProposalDao.EndorsementRow;
import org.parley.core.proposals.ProposalDao.ProposalRow;
import org.parley.core.proposals.ProposalDao.TextRow;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.NotFoundException;

/** Loads whole proposals and writes versions, within the caller's handle. Stateless. */
final class ProposalRepository {

    private ProposalRepository() {}

    static Proposal load(Handle handle, long proposalId) {
        return assemble(
                handle,
                handle.attach(ProposalDao.class)
                        .find(proposalId)
                        .orElseThrow(() -> new NotFoundException("proposal", proposalId)));
    }

    /** The row, locked for the transaction, provided the proposal is still open. */
    static ProposalRow lockOpen(Handle handle, long proposalId) {
        ProposalRow row = handle.attach(ProposalDao.class)
                .lock(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal", proposalId));
        if (!row.status().open()) {
            throw new ConflictException("proposal " + proposalId + " is " + row.status());
        }
        return row;
    }

    static Proposal assemble(Handle handle, ProposalRow row) {
        ProposalDao proposals = handle.attach(ProposalDao.class);
        Map<String, String> texts = proposals.texts(row.id(), row.currentVersion()).stream()
                .collect(Collectors.toMap(TextRow::language, TextRow::body));
        return assemble(row, texts, proposals.endorsingSides(row.id(), row.currentVersion()));
    }

    /** Every proposal of the group, texts and endorsements read in two queries rather than two per proposal. */
    static List<Proposal> ofGroup(Handle handle, long groupId) {
        ProposalDao proposals = handle.attach(ProposalDao.class);
        Map<Long, Map<String, String>> texts = proposals.currentTextsOfGroup(groupId).stream()
                .collect(Collectors.groupingBy(
                        CurrentTextRow::proposalId, Collectors.toMap(CurrentTextRow::language, CurrentTextRow::body)));
        Map<Long, Set<Long>> endorsements = proposals.currentEndorsementsOfGroup(groupId).stream()
                .collect(Collectors.groupingBy(
                        EndorsementRow::proposalId, Collectors.mapping(EndorsementRow::sideId, Collectors.toSet())));
        return proposals.ofGroup(groupId).stream()
                .map(row -> assemble(
                        row, texts.getOrDefault(row.id(), Map.of()), endorsements.getOrDefault(row.id(), Set.of())))
                .toList();
    }

    private static Proposal assemble(ProposalRow row, Map<String, String> texts, Set<Long> endorsingSides) {
        return new Proposal(
                row.id(),
                row.groupId(),
                row.title(),
                row.status(),
                row.authoritativeLanguage(),
                row.currentVersion(),
                row.createdBy(),
                row.createdAt(),
                row.closedAt(),
                texts,
                endorsingSides);
    }

    static void writeVersion(Handle handle, long proposalId, int version, Map<String, String> texts, Instant now) {
        ProposalDao proposals = handle.attach(ProposalDao.class);
        texts.forEach((language, body) -> proposals.insertText(proposalId, version, language, body, now));
    }

    /** Texts per language tag; the authoritative language must be one of them. */
    static void checkTexts(FieldChecks checks, Map<String, String> texts, String authoritativeLanguage) {
        checks.check(texts != null && !texts.isEmpty(), "texts", "needs the text in at least one language");
        if (texts != null) {
            texts.forEach((language, body) -> checks.check(
                            language != null && language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"),
                            "texts",
                            "has a key that is not a language tag: " + language)
                    .text("texts." + language, body, 1_000_000));
        }
        checks.check(
                texts != null && texts.containsKey(authoritativeLanguage),
                "authoritativeLanguage",
                "must be one of the languages of the text");
    }
}
