package org.parley.rules.steps;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.rules.parties.ListedParty;
import org.parley.rules.parties.PartyRole;
import org.parley.rules.request.Knowledge;
import org.parley.rules.steps.DecisionContext.Note;

/**
 * End-use and sanctioned end-user controls of Part 744: nuclear, missile and chemical/biological end
 * uses (§744.2–744.4), and OFAC-designated proliferators and terrorists (§744.8, §744.12–744.14).
 * Other Treasury and State list hits become conditions to clear outside the EAR. Stateless.
 */
final class EndUseStep implements Step {
    private static final Map<Knowledge, Set<String>> END_USES = Map.of(
            Knowledge.NUCLEAR_END_USE, Set.of("15 CFR 744.2"),
            Knowledge.MISSILE_END_USE, Set.of("15 CFR 744.3"),
            Knowledge.CHEMICAL_BIOLOGICAL_END_USE, Set.of("15 CFR 744.4"),
            Knowledge.WMD_END_USE, Set.of("15 CFR 744.2", "15 CFR 744.3", "15 CFR 744.4"));
    private static final Map<String, String> SDN_PROGRAMS = Map.of(
            "NPWMD", "15 CFR 744.8",
            "SDGT", "15 CFR 744.12",
            "SDT", "15 CFR 744.13",
            "FTO", "15 CFR 744.14");
    private static final Set<String> EAR_LISTS = Set.of("EL", "DPL", "UVL", "MEU");

    @Override
    public void apply(DecisionContext context) {
        for (Knowledge knowledge : context.request().knowledge()) {
            for (String citation : END_USES.getOrDefault(knowledge, Set.of())) {
                context.trace(
                        EntityListStep.STEP,
                        citation,
                        "licence required: the exporter knows of a " + knowledge.jsonName()
                                + "; any item subject to the EAR");
                context.require(new Requirement(Requirement.Source.END_USE, citation, null, null));
                context.note(Note.EXCEPTION_BAR, "a proliferation end use is known (" + citation + ")");
            }
        }
        for (ListedParty party : context.parties().listed()) {
            if (EAR_LISTS.contains(party.listCode())) {
                continue;
            }
            String citation = sdnCitation(party);
            if (citation != null && party.role() != PartyRole.OWNER) {
                context.trace(
                        EntityListStep.STEP,
                        citation,
                        "licence required: " + party.describe() + " under programme "
                                + String.join(", ", party.entry().programs()));
                context.require(new Requirement(Requirement.Source.END_USE, citation, "Policy of denial", null));
                context.note(Note.EXCEPTION_BAR, "an OFAC-designated end user is involved (" + citation + ")");
            } else {
                context.note(
                        Note.CONDITION,
                        "Clear the " + party.listCode() + " match on '"
                                + party.entry().name() + "' under the sanctions that list carries (outside the EAR)");
                context.trace(
                        EntityListStep.STEP,
                        "31 CFR Chapter V / 22 CFR",
                        "noted: " + party.describe() + "; not an EAR licence requirement, listed as a condition");
            }
        }
    }

    private static String sdnCitation(ListedParty party) {
        if (!party.listCode().equals("SDN")) {
            return null;
        }
        for (String program : party.entry().programs()) {
            for (Map.Entry<String, String> entry : SDN_PROGRAMS.entrySet()) {
                if (program.toUpperCase(Locale.ROOT).contains(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }
}
