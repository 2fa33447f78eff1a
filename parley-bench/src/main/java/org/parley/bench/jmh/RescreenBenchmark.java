package org.parley.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parley.bench.eval.EvaluationData;
import org.parley.core.audit.AuditLog;
import org.parley.core.members.BulkRescreening;
import org.parley.core.members.RescreenReport;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;
import org.parley.core.system.Actor;
import org.parley.screening.match.NameScreener;

/**
 * Re-screening after a list update at scale: 100,000 members (the synthetic persons of both yente
 * negatives files) of an embedded H2 platform database, each with one of the SEC registrant names as
 * organisation, against the full Consolidated Screening List; both cores. Each iteration starts from
 * every member active, so it does the same work: read everyone, screen each distinct name once, hold
 * the members with matches (with reviews and audit events). Reads {@code ../shared/data}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RescreenBenchmark {
    private Path folder;
    private Database database;
    private BulkRescreening rescreening;
    private RescreenReport last;
    private long lastCpuNanos;

    @Setup(Level.Trial)
    public void populate() throws IOException {
        EvaluationData data = EvaluationData.fromSystemProperty();
        if (!data.isPresent()) {
            throw new IllegalStateException("shared data not found under " + data.root());
        }
        List<String> people = new ArrayList<>(data.yenteNegatives("negatives_global.csv", 50_000, 1));
        people.addAll(data.yenteNegatives("negatives_us.csv", 50_000, 2));
        List<String> organisations = data.lines("negatives/sec_company_names.txt");
        folder = Files.createTempDirectory("parley-rescreen-bench");
        database = Database.open(DatabaseConfig.embedded(folder));
        database.jdbi().useTransaction(handle -> BenchmarkPlatform.seed(handle, people, organisations));
        NameScreener screener = NameScreener.of(data.csl());
        Clock clock = Clock.systemUTC();
        rescreening = new BulkRescreening(
                database.jdbi(), clock, new AuditLog(clock), () -> screener, NameScreener.DEFAULT_THRESHOLD, 2);
    }

    @Setup(Level.Iteration)
    public void everyoneActive() {
        database.jdbi().useTransaction(handle -> {
            handle.execute("DELETE FROM screening_review_hits");
            handle.execute("DELETE FROM screening_reviews");
            handle.execute("UPDATE members SET status = 'ACTIVE'");
        });
    }

    @Benchmark
    public RescreenReport rescreenHundredThousandMembers() {
        // The machine is shared: CPU time says what the run costs whatever else is running.
        long cpuBefore = processCpuNanos();
        last = rescreening.rescreenAll(Actor.system("benchmark"));
        lastCpuNanos = processCpuNanos() - cpuBefore;
        return last;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        System.err.printf(
                "last run: %d people, %d distinct names, %d held, %d ms wall, %d ms CPU (all threads)%n",
                last.people(),
                last.distinctNames(),
                last.heldMemberIds().size(),
                last.elapsed().toMillis(),
                lastCpuNanos / 1_000_000);
        database.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Inserts a group with two sides and the members in bulk (the services would audit 100,000 adds). */
    static final class BenchmarkPlatform {
        private BenchmarkPlatform() {}

        static void seed(Handle handle, List<String> people, List<String> organisations) {
            Instant now = Instant.now();
            handle.execute(
                    "INSERT INTO working_groups (name, charter, created_at) VALUES ('Bench WG', 'Bench.', ?)", now);
            long group = handle.createQuery("SELECT id FROM working_groups")
                    .mapTo(Long.class)
                    .one();
            handle.execute("INSERT INTO sides (group_id, name, member_cap) VALUES (?, 'A', 200000)", group);
            long side =
                    handle.createQuery("SELECT id FROM sides").mapTo(Long.class).one();
            var members = handle.prepareBatch("INSERT INTO members (id, group_id, side_id, full_name, organisation,"
                    + " email, preferred_language, time_zone, role, status, created_at) VALUES (:id, :group, :side,"
                    + " :name, :organisation, :email, 'en', 'UTC', 'OBSERVER', 'ACTIVE', :now)");
            var countries = handle.prepareBatch(
                    "INSERT INTO member_countries (member_id, kind, country) VALUES (:id, 'NATIONALITY', :country)");
            for (int i = 0; i < people.size(); i++) {
                long id = i + 1;
                members.bind("id", id)
                        .bind("group", group)
                        .bind("side", side)
                        .bind("name", people.get(i))
                        .bind("organisation", organisations.get(i % organisations.size()))
                        .bind("email", "m" + id + "@example.org")
                        .bind("now", now)
                        .add();
                countries
                        .bind("id", id)
                        .bind("country", i % 2 == 0 ? "CN" : "US")
                        .add();
            }
            members.execute();
            countries.execute();
        }
    }
}
