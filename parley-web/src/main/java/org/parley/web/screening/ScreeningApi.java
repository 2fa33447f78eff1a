package org.parley.web.screening;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.core.lists.ActiveLists;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.PartyType;
import org.parley.web.RouteModule;
import org.parley.web.system.ApiException;

/**
 * {@code POST /api/v1/screen}: screens one name against this node's active lists. The response
 * has the shape of one line of {@code parley screen --json}.
 */
public final class ScreeningApi implements RouteModule {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final ActiveLists lists;
    private final double defaultThreshold;

    public ScreeningApi(ActiveLists lists, double defaultThreshold) {
        this.lists = lists;
        this.defaultThreshold = defaultThreshold;
    }

    /** The request body. */
    public record ScreenRequest(String id, String name, String country, String type, Double threshold) {}

    /** One hit of the response. */
    public record Hit(
            String list,
            String source,
            String entityNumber,
            String name,
            String matchedName,
            double score,
            List<String> countries,
            List<String> explanation) {
        static Hit of(ScreeningHit hit) {
            return new Hit(
                    hit.entry().listCode(),
                    hit.entry().source(),
                    hit.entry().entityNumber(),
                    hit.entry().name(),
                    hit.matchedName(),
                    Math.round(hit.score() * 1000) / 1000.0,
                    hit.entry().countries(),
                    hit.explanation());
        }
    }

    /** The response body. */
    public record ScreenResponse(String id, String query, List<Hit> hits, String listsAsOf, String listsHash) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/screen", this::screen);
    }

    private void screen(Context ctx) {
        ScreenRequest request = ctx.bodyAsClass(ScreenRequest.class);
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw ApiException.badRequest("name", "is required");
        }
        double threshold = request.threshold() == null ? defaultThreshold : request.threshold();
        if (threshold < 0 || threshold > 1) {
            throw ApiException.badRequest("threshold", "must be between 0 and 1");
        }
        var query = new ScreeningQuery(request.name(), country(request.country()), type(request.type()));
        var screener = lists.screener();
        List<Hit> hits = screener.screen(query, threshold).stream().map(Hit::of).toList();
        var snapshot = screener.snapshot();
        ctx.json(new ScreenResponse(
                request.id(),
                request.name(),
                hits,
                snapshot.asOf() == null ? null : snapshot.asOf().toString(),
                snapshot.contentHash()));
    }

    private static String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
            throw ApiException.badRequest("country", "is not an ISO 3166 alpha-2 code: " + code);
        }
        return upper;
    }

    private static PartyType type(String word) {
        if (word == null || word.isBlank()) {
            return PartyType.UNKNOWN;
        }
        PartyType type = PartyType.fromListWord(word);
        if (type == PartyType.UNKNOWN) {
            throw ApiException.badRequest("type", "must be person, organization, vessel or aircraft");
        }
        return type;
    }
}
