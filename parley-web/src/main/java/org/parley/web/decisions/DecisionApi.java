package org.parley.web.decisions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.parley.core.lists.ActiveLists;
import org.parley.rules.DecisionEngine;
import org.parley.rules.Determination;
import org.parley.rules.DeterminationJson;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.DecisionRequestReader;
import org.parley.rules.request.InvalidRequestException;
import org.parley.web.RouteModule;
import org.parley.web.system.ApiException;

/**
 * {@code POST /api/v1/decide}: decides one release under the EAR (contracts.md §2) against this
 * node's active lists. Takes the contract's request JSON and answers the contract's response, the
 * same as one line of {@code parley decide --json}; nothing is stored. Thread-safe.
 */
public final class DecisionApi implements RouteModule {
    private static final DecisionRequestReader READER = new DecisionRequestReader();

    private final ActiveLists lists;
    private final Regulations regulations;
    private final double threshold;

    public DecisionApi(ActiveLists lists, Regulations regulations, double threshold) {
        this.lists = lists;
        this.regulations = regulations;
        this.threshold = threshold;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/decide", this::decide);
    }

    private void decide(Context ctx) {
        try {
            DecisionRequest request = READER.read(ctx.body());
            // The engine is a thin wrapper: one per request picks up a list reload at once.
            Determination determination = new DecisionEngine(regulations, lists.screener(), threshold).decide(request);
            ctx.contentType("application/json")
                    .result(DeterminationJson.write(DeterminationJson.toJson(determination)));
        } catch (InvalidRequestException invalid) {
            throw new ApiException(
                    400, "invalid request: " + invalid.getMessage(), Map.of(invalid.field(), invalid.getMessage()));
        }
    }
}
