package org.parley.core.members;

import java.util.List;
import org.parley.core.access.Role;

/** A membership to create; see {@link Member} for the fields. */
public record NewMember(
        long sideId,
        Long userId,
        String fullName,
        String organisation,
        String email,
        String preferredLanguage,
        String timeZone,
        Role role,
        List<String> nationalities,
        List<String> permanentResidences) {

    public NewMember {
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        permanentResidences = permanentResidences == null ? List.of() : List.copyOf(permanentResidences);
    }
}
