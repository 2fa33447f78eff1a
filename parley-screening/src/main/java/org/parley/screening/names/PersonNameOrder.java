package org.parley.screening.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Person-name token order: lists write "PUTIN, Vladimir"; people write "Vladimir Putin". A name with
 * exactly one comma whose tail is not a legal form ("Huawei Technologies Co., Ltd.") is read as
 * "LAST, First" and turned around. Stateless.
 */
final class PersonNameOrder {
    private static final int MAX_SURNAME_WORDS = 3;

    private PersonNameOrder() {}

    static List<NameNormalizer.Slot> reorder(
            List<NameNormalizer.Slot> slots, LegalForms legalForms, List<String> notes) {
        int comma = -1;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).commaAfter()) {
                if (comma >= 0) {
                    return slots; // several commas: a list of parts, not "LAST, First"
                }
                comma = i;
            }
        }
        if (comma < 0 || comma + 1 >= slots.size() || comma + 1 > MAX_SURNAME_WORDS) {
            return slots;
        }
        List<NameNormalizer.Slot> surname = slots.subList(0, comma + 1);
        List<NameNormalizer.Slot> given = slots.subList(comma + 1, slots.size());
        var givenWords = given.stream().map(NameNormalizer.Slot::firstText).toList();
        if (legalForms.isAllLegal(givenWords) || legalForms.mayStartPhrase(givenWords.get(0))) {
            return slots;
        }
        var reordered = new ArrayList<NameNormalizer.Slot>(slots.size());
        reordered.addAll(given);
        reordered.addAll(surname);
        notes.add("name order: "
                + String.join(
                        " ",
                        surname.stream().map(NameNormalizer.Slot::firstText).toList())
                + ", " + String.join(" ", givenWords) + " → "
                + String.join(
                        " ",
                        reordered.stream().map(NameNormalizer.Slot::firstText).toList()));
        return reordered;
    }
}
