package org.parley.screening;

import java.util.Objects;
import org.parley.screening.lists.PartyType;

/**
 * A name to screen, with optional hints that sharpen the score.
 *
 * @param name the name as written (any script)
 * @param country ISO alpha-2 code of the party's country, or null
 * @param type the kind of party, {@link PartyType#UNKNOWN} when not known
 */
public record ScreeningQuery(String name, String country, PartyType type) {
    public ScreeningQuery {
        Objects.requireNonNull(name, "name");
        type = type == null ? PartyType.UNKNOWN : type;
    }

    public static ScreeningQuery of(String name) {
        return new ScreeningQuery(name, null, PartyType.UNKNOWN);
    }
}
