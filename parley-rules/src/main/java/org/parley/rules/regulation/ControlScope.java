package org.parley.rules.regulation;

import java.util.List;
import org.parley.rules.request.Eccn;

/** Which part of an ECCN a licence-requirement row covers ("entire entry", "except .x", "for 5A002…"). */
public sealed interface ControlScope {

    /** Whether the row covers {@code item} (an ECCN with optional paragraph), released for {@code forEccn}. */
    Applicability covers(Eccn item, Eccn forEccn);

    /** The whole entry. */
    record All() implements ControlScope {
        @Override
        public Applicability covers(Eccn item, Eccn forEccn) {
            return Applicability.APPLIES;
        }
    }

    /** The whole entry except the listed paragraphs. */
    record Except(List<String> paragraphs) implements ControlScope {
        @Override
        public Applicability covers(Eccn item, Eccn forEccn) {
            boolean excepted = paragraphs.stream().anyMatch(p -> item.within(new Eccn(item.head(), p)));
            return excepted ? Applicability.DOES_NOT_APPLY : Applicability.APPLIES;
        }
    }

    /** Only the listed paragraphs of the entry. */
    record Paragraphs(List<String> paragraphs) implements ControlScope {
        @Override
        public Applicability covers(Eccn item, Eccn forEccn) {
            if (paragraphs.stream().anyMatch(p -> item.within(new Eccn(item.head(), p)))) {
                return Applicability.APPLIES;
            }
            if (item.paragraph() == null) {
                // An unclassified paragraph is assumed to be caught, except by the special .x/.y/.z rows.
                return paragraphs.stream().allMatch(Paragraphs::special)
                        ? Applicability.DOES_NOT_APPLY
                        : Applicability.ASSUMED;
            }
            boolean narrower = paragraphs.stream().anyMatch(p -> new Eccn(item.head(), p).within(item) && !special(p));
            return narrower ? Applicability.ASSUMED : Applicability.DOES_NOT_APPLY;
        }

        static boolean special(String paragraph) {
            return paragraph.startsWith("x") || paragraph.startsWith("y") || paragraph.startsWith("z");
        }
    }

    /** Technology or software for the listed items (e.g. "technology for 3A001, 3A002"). */
    record ForItems(List<Eccn> items) implements ControlScope {
        @Override
        public Applicability covers(Eccn item, Eccn forEccn) {
            if (items.stream().anyMatch(ref -> item.paragraph() != null && item.within(ref))) {
                return Applicability.APPLIES;
            }
            if (forEccn != null) {
                if (items.stream().anyMatch(forEccn::within)) {
                    return Applicability.APPLIES;
                }
                boolean narrower = items.stream().anyMatch(ref -> ref.within(forEccn) && !specialRef(ref));
                return narrower ? Applicability.ASSUMED : Applicability.DOES_NOT_APPLY;
            }
            if (item.paragraph() != null && Paragraphs.special(item.paragraph())) {
                // .x/.y/.z paragraphs run parallel through an entry family (9E515.y is for 9A515.y items).
                String letter = item.paragraph().substring(0, 1);
                boolean parallel = items.stream()
                        .anyMatch(ref ->
                                ref.paragraph() != null && ref.paragraph().startsWith(letter));
                return parallel ? Applicability.ASSUMED : Applicability.DOES_NOT_APPLY;
            }
            return items.stream().allMatch(ForItems::specialRef) ? Applicability.DOES_NOT_APPLY : Applicability.ASSUMED;
        }

        private static boolean specialRef(Eccn ref) {
            return ref.paragraph() != null && Paragraphs.special(ref.paragraph());
        }
    }

    /** A scope stated in prose (parameters, end uses) that the tables cannot evaluate. */
    record Prose() implements ControlScope {
        @Override
        public Applicability covers(Eccn item, Eccn forEccn) {
            return Applicability.ASSUMED;
        }
    }
}
