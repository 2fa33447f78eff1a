package org.parley.rules.steps;

import java.util.List;
import java.util.Optional;
import org.parley.rules.request.Eccn;
import org.parley.rules.request.ItemKind;

/**
 * The items the standards rules reach: EAR99 and AT-only technology and software, the encryption
 * paragraphs of §744.11(a)(1) (87 FR 55241) carried into §734.10(b) (89 FR 58265), and, under
 * §734.10(b) for standards intended to be published, 9x515 and "600 series" technology and software.
 * Stateless.
 */
final class StandardsItemScope {
    private static final List<Eccn> SOFTWARE_PARAGRAPHS = List.of(Eccn.parse("5D002.b"), Eccn.parse("5D002.c.1"));
    private static final List<Eccn> SOFTWARE_FOR = List.of(Eccn.parse("5A002.a"), Eccn.parse("5A002.c"));
    private static final List<Eccn> TECHNOLOGY_FOR = List.of(
            Eccn.parse("5A002.a"),
            Eccn.parse("5A002.b"),
            Eccn.parse("5A002.c"),
            Eccn.parse("5D002.b"),
            Eccn.parse("5D002.c.1"));

    private StandardsItemScope() {}

    /**
     * Why the item is in scope, or empty when it is not.
     *
     * @param munitions whether 9x515 and "600 series" items count (§734.10(b), standard to be published)
     */
    static Optional<String> inScope(ItemKind kind, ItemControls item, boolean munitions) {
        if (kind == ItemKind.COMMODITY) {
            return Optional.empty();
        }
        if (item.eccn().isEar99()) {
            return Optional.of("EAR99 " + kind.jsonName());
        }
        if (item.antiTerrorismOnly()) {
            return Optional.of(item.describe() + " is controlled for AT reasons only");
        }
        Eccn forEccn = item.forEccn();
        if (kind == ItemKind.SOFTWARE
                && SOFTWARE_PARAGRAPHS.stream().anyMatch(item.eccn()::within)
                && (forEccn == null || SOFTWARE_FOR.stream().anyMatch(forEccn::within))) {
            return Optional.of(item.describe() + " is a listed encryption software paragraph");
        }
        if (kind == ItemKind.TECHNOLOGY
                && item.eccn().head().equals("5E002")
                && forEccn != null
                && TECHNOLOGY_FOR.stream().anyMatch(forEccn::within)) {
            return Optional.of(item.describe() + " is listed encryption technology");
        }
        if (munitions && item.eccn().isMunitionsSeries()) {
            return Optional.of(item.describe() + " is 9x515 / \"600 series\" " + kind.jsonName()
                    + " for a standard intended to be published");
        }
        return Optional.empty();
    }
}
