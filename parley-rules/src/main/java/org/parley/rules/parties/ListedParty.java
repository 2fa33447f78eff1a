package org.parley.rules.parties;

import java.util.Objects;
import org.parley.screening.ScreeningHit;
import org.parley.screening.lists.ListEntry;

/**
 * A party of the release (recipient, owner, principal) that screening matched to a list entry.
 * Immutable.
 *
 * @param queriedName the name as the request gave it
 * @param ownershipPercent for owners: their share of the recipient, else 0
 */
public record ListedParty(PartyRole role, String queriedName, double ownershipPercent, ScreeningHit hit) {
    public ListedParty {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(hit, "hit");
    }

    public ListEntry entry() {
        return hit.entry();
    }

    public String listCode() {
        return hit.listCode();
    }

    /** "recipient 'Huawei Technologies Co., Ltd.' matches EL entry 'HUAWEI TECHNOLOGIES CO., LTD.' (0.97)". */
    public String describe() {
        return "%s '%s' matches %s entry '%s' (%.2f)"
                .formatted(role.jsonName(), queriedName, listCode(), entry().name(), hit.score());
    }
}
