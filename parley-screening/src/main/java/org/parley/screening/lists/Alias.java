package org.parley.screening.lists;

import java.util.Objects;

/**
 * Another name a listed party is known by. Weak aliases (OFAC's "weak a.k.a.") are broad or
 * generic and are only matched exactly.
 */
public record Alias(String name, boolean weak) {
    public Alias {
        Objects.requireNonNull(name, "name");
    }

    public static Alias strong(String name) {
        return new Alias(name, false);
    }
}
