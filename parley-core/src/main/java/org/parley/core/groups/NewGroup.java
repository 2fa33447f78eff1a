package org.parley.core.groups;

import java.util.List;

/** A group to create with its charter and at least two sides. */
public record NewGroup(String name, String charter, List<NewSide> sides) {

    public NewGroup {
        sides = sides == null ? List.of() : List.copyOf(sides);
    }
}
