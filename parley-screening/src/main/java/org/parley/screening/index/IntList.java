package org.parley.screening.index;

import java.util.Arrays;

/** A growable list of ints used while building postings. Not thread-safe. */
final class IntList {
    static final int[] EMPTY = new int[0];

    private int[] values = new int[4];
    private int size;

    /** Appends the value unless it equals the last one (names are added in increasing id order). */
    void addIfNotLast(int value) {
        if (size > 0 && values[size - 1] == value) {
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
