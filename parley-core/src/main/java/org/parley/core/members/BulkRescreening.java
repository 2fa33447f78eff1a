package org.parley.core.members;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.system.Actor;
import org.parley.core.system.Instants;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningQuery;

/**
 * Re-screens every active member, their organisation and its recorded owners against the current
 * lists (after a list update): each distinct name is screened once, in parallel; members with new
 * possible matches (not covered by a still-valid dismissal) are put on hold with a review, which
 * blocks further releases to them. Thread-safe.
 */
public final class BulkRescreening {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final Supplier<Screener> screener;
    private final double threshold;
    private final int parallelism;

    public BulkRescreening(
            Jdbi jdbi, Clock clock, AuditLog audit, Supplier<Screener> screener, double threshold, int parallelism) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.screener = screener;
        this.threshold = threshold;
        this.parallelism = parallelism;
    }

    public RescreenReport rescreenAll(Actor actor) {
        long start = System.nanoTime();
        Screener current = screener.get();
        RescreenPopulation population = jdbi.withHandle(RescreenPopulation::load);
        Set<ScreeningQuery> distinct = population.distinctQueries();
        Map<ScreeningQuery, List<PossibleMatch>> found = screen(current, distinct);
        var outcomeBase = new ScreeningOutcome(
                current.snapshot().contentHash(), current.snapshot().asOf(), List.of());
        List<Long> held = new ArrayList<>();
        for (RescreenPopulation.Person person : population.people()) {
            List<PossibleMatch> matches = person.queries().stream()
                    .flatMap(query -> found.getOrDefault(query, List.of()).stream())
                    .toList();
            ScreeningOutcome open = new ScreeningOutcome(outcomeBase.snapshotHash(), outcomeBase.listsAsOf(), matches)
                    .without(population.dismissals().getOrDefault(person.memberId(), Set.of()));
            if (!open.matches().isEmpty() && hold(actor, person.memberId(), open)) {
                held.add(person.memberId());
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        jdbi.useTransaction(handle -> audit.append(
                handle,
                actor,
                "screening.rescreened-all",
                new Subject("lists", outcomeBase.snapshotHash()),
                AuditLog.details(
                        "snapshotHash", outcomeBase.snapshotHash(),
                        "listsAsOf", outcomeBase.listsAsOf(),
                        "people", population.people().size(),
                        "distinctNames", distinct.size(),
                        "held", held)));
        return new RescreenReport(
                outcomeBase.snapshotHash(),
                outcomeBase.listsAsOf(),
                population.people().size(),
                distinct.size(),
                held,
                elapsed);
    }

    private Map<ScreeningQuery, List<PossibleMatch>> screen(Screener current, Set<ScreeningQuery> queries) {
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            return pool.submit(() -> queries.parallelStream()
                            .collect(Collectors.toConcurrentMap(
                                    query -> query, query -> MemberScreening.matches(current, query, threshold))))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-screening was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "re-screening failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Opens the review unless the member changed status since the population was read. */
    private boolean hold(Actor actor, long memberId, ScreeningOutcome outcome) {
        return jdbi.inTransaction(handle -> {
            handle.attach(MemberDao.class).lock(memberId);
            Member member = MemberService.existing(handle, memberId);
            if (member.status() != MemberStatus.ACTIVE) {
                return false;
            }
            Instant now = Instants.now(clock);
            ScreeningHold.open(handle, audit, actor, member, outcome, now);
            return true;
        });
    }
}
