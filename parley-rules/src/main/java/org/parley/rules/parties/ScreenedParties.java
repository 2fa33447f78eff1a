package org.parley.rules.parties;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The list hits of every party of one release. Immutable. */
public record ScreenedParties(List<ListedParty> listed) {
    public ScreenedParties {
        listed = List.copyOf(listed);
    }

    /** Hits on the given list (EL, DPL, UVL, MEU, SDN …) for parties in the given roles. */
    public List<ListedParty> on(String listCode, Set<PartyRole> roles) {
        return listed.stream()
                .filter(party -> party.listCode().equals(listCode) && roles.contains(party.role()))
                .toList();
    }

    /** Parties that are themselves parties to the transaction: the recipient and whoever acts through it. */
    public List<ListedParty> transactionParties(String listCode) {
        return on(listCode, Set.of(PartyRole.RECIPIENT, PartyRole.ON_BEHALF_OF));
    }

    /** Owners hit on the list, grouped by the name given in the request (one share per owner). */
    public Map<String, List<ListedParty>> ownersOn(String listCode) {
        return on(listCode, Set.of(PartyRole.OWNER)).stream().collect(Collectors.groupingBy(ListedParty::queriedName));
    }
}
