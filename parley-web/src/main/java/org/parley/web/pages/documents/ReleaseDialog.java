package org.parley.web.pages.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.documents.DocumentVersion;
import org.parley.core.members.Member;
import org.parley.core.release.RecipientPreview;
import org.parley.core.release.ReleasePreview;

/**
 * The release dialog of one version: the members to choose from (with their side), what was chosen,
 * and, once previewed, the gate's decision for each chosen recipient, or why it could not decide.
 * Immutable.
 *
 * @param chosen the ticked members, in the order of the form
 * @param preview the gate's decisions, or null before a preview
 * @param problem why the preview was refused (e.g. nobody chosen), or null
 */
public record ReleaseDialog(
        DocumentVersion version,
        List<Candidate> candidates,
        List<Long> chosen,
        String licenceNumber,
        boolean conditionsMet,
        ReleasePreview preview,
        String problem) {

    public ReleaseDialog {
        candidates = List.copyOf(candidates);
        chosen = List.copyOf(chosen);
    }

    /** A member who may be chosen as a recipient, with the name of their side. */
    public record Candidate(Member member, String sideName) {}

    /** The candidates of one side, under its name. */
    public record SideChoice(String sideName, List<Candidate> candidates) {}

    /** The candidates grouped by side, in the order they are listed. */
    public List<SideChoice> bySide() {
        Map<String, List<Candidate>> sides = new LinkedHashMap<>();
        candidates.forEach(candidate -> sides.computeIfAbsent(candidate.sideName(), name -> new ArrayList<>())
                .add(candidate));
        return sides.entrySet().stream()
                .map(side -> new SideChoice(side.getKey(), side.getValue()))
                .toList();
    }

    public boolean isChosen(Member member) {
        return chosen.contains(member.id());
    }

    public boolean previewed() {
        return preview != null;
    }

    /** The side of a previewed recipient, by name. */
    public String sideOf(RecipientPreview recipient) {
        return candidates.stream()
                .filter(candidate -> candidate.member().id() == recipient.memberId())
                .map(Candidate::sideName)
                .findFirst()
                .orElse("");
    }

    /** The same dialog with a preview, or with the reason there is none. */
    ReleaseDialog with(ReleasePreview preview, String problem) {
        return new ReleaseDialog(version, candidates, chosen, licenceNumber, conditionsMet, preview, problem);
    }

    /** The same dialog with these choices. */
    ReleaseDialog choosing(List<Long> chosen, String licenceNumber, boolean conditionsMet) {
        return new ReleaseDialog(version, candidates, chosen, licenceNumber, conditionsMet, null, null);
    }
}
