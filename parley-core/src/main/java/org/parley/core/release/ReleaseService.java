package org.parley.core.release;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.system.Actor;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.ValidationException;
import org.parley.rules.DecisionEngine;
import org.parley.rules.Determination;
import org.parley.rules.DeterminationJson;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.Countries;
import org.parley.rules.request.DecisionRequestJson;
import org.parley.rules.request.InvalidRequestException;
import org.parley.screening.Screener;

/**
 * The release gate: screens and decides every recipient of a document version under the EAR as of
 * the release date, records each decision in the ledger (and its hash in the audit chain) and
 * delivers only where the rules allow. One transaction: a failure part-way releases to no one. A
 * preview runs the same decisions and records nothing.
 * Thread-safe.
 */
public final class ReleaseService {

    /** EAR Part 762: records are kept five years. */
    static final Period RETENTION = Period.ofYears(5);

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final Supplier<Screener> screener;
    private final Regulations regulations;
    private final double threshold;

    public ReleaseService(
            Jdbi jdbi,
            Clock clock,
            AuditLog audit,
            Supplier<Screener> screener,
            Regulations regulations,
            double threshold) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.screener = screener;
        this.regulations = regulations;
        this.threshold = threshold;
    }

    public ReleaseReport release(Actor actor, ReleaseOrder order) {
        return run(actor, order, batch -> {
            long releaseId = batch.handle()
                    .attach(LedgerDao.class)
                    .insertRelease(
                            batch.document().groupId(),
                            batch.version().id(),
                            order.target().channel(),
                            order.target().reference(),
                            actor.label(),
                            batch.now(),
                            batch.licence());
            // Every recipient is judged before anything is written: the first audit append locks the
            // chain's head until commit, so the lock is held for the writes only, not for the screening.
            List<ReleaseBatch.Judged> judgements = batch.recipients().stream()
                    .map(recipient -> batch.judge(
                            recipient,
                            "release-" + releaseId + "-member-"
                                    + recipient.member().id()))
                    .toList();
            List<RecipientDecision> decisions = new ArrayList<>();
            for (ReleaseBatch.Judged judged : judgements) {
                decisions.add(record(batch, actor, releaseId, judged));
            }
            return new ReleaseReport(releaseId, batch.version().id(), decisions);
        });
    }

    /**
     * What {@link #release} would decide for each recipient today, with the same checks and the same
     * lists and rules, but nothing written: no ledger row, no audit event, no delivery.
     */
    public ReleasePreview preview(Actor actor, ReleaseOrder order) {
        return run(actor, order, batch -> {
            List<RecipientPreview> previews = new ArrayList<>();
            for (Recipient recipient : batch.recipients()) {
                var member = recipient.member();
                var judged = batch.judge(recipient, "preview-version-" + order.versionId() + "-member-" + member.id());
                previews.add(new RecipientPreview(
                        member.id(),
                        member.fullName(),
                        member.organisation(),
                        member.sideId(),
                        recipient.releaseCountry(),
                        member.status(),
                        judged.verdict().delivered(),
                        judged.verdict().reason(),
                        judged.determination()));
            }
            return new ReleasePreview(order.versionId(), previews);
        });
    }

    /** Checks the order and runs {@code work} over its batch in one transaction. */
    private <T> T run(Actor actor, ReleaseOrder order, Function<ReleaseBatch, T> work) {
        new FieldChecks().present("target", order.target()).orThrow();
        String licence = LicenceNumbers.check(order.licenceNumber());
        String releaseCountry = releaseCountry(order.releaseCountry());
        // One screener for the whole batch: every recipient is decided against the same lists.
        Screener lists = screener.get();
        DecisionEngine engine = new DecisionEngine(regulations, lists, threshold);
        return jdbi.inTransaction(handle -> work.apply(
                ReleaseBatch.open(handle, actor, order, licence, releaseCountry, engine, lists, Instants.now(clock))));
    }

    /** Writes one decision to the ledger and its hash to the audit chain. */
    private RecipientDecision record(ReleaseBatch batch, Actor actor, long releaseId, ReleaseBatch.Judged judged) {
        var member = judged.recipient().member();
        Determination determination = judged.determination();
        GateVerdict verdict = judged.verdict();
        LocalDate date = batch.date();
        LedgerEntry entry = new LedgerEntry(
                0,
                releaseId,
                batch.document().groupId(),
                batch.document().id(),
                batch.document().title(),
                batch.version().id(),
                batch.version().version(),
                batch.version().contentSha256(),
                member.id(),
                member.fullName(),
                member.userId(),
                batch.order().target().channel(),
                batch.order().target().reference(),
                determination.outcomeCode(),
                verdict.delivered(),
                verdict.reason(),
                determination.outcomeCode().equals("LICENSE_REQUIRED") ? batch.licence() : null,
                batch.order().conditionsMet(),
                DecisionRequestJson.write(judged.request()),
                DeterminationJson.write(DeterminationJson.toJson(determination)),
                batch.lists().snapshot().contentHash(),
                determination.listsAsOf(),
                determination.rulesAsOf(),
                batch.now(),
                actor.label(),
                date.plus(RETENTION),
                null);
        String rowHash = LedgerHasher.hash(entry);
        long ledgerId = batch.handle().attach(LedgerDao.class).insert(entry, rowHash);
        audit.append(
                batch.handle(),
                actor,
                verdict.delivered() ? "release.delivered" : "release.withheld",
                Subject.of("ledger", ledgerId),
                AuditLog.details(
                        "releaseId", releaseId,
                        "versionId", batch.version().id(),
                        "memberId", member.id(),
                        "outcome", determination.outcomeCode(),
                        "rowHash", rowHash));
        return new RecipientDecision(
                ledgerId,
                member.id(),
                member.fullName(),
                judged.recipient().releaseCountry(),
                determination.outcomeCode(),
                verdict.delivered(),
                verdict.reason(),
                determination.citations(),
                determination.conditions());
    }

    private static String releaseCountry(String entered) {
        if (entered == null || entered.isBlank()) {
            return null;
        }
        try {
            return Countries.require("releaseCountry", entered);
        } catch (InvalidRequestException e) {
            throw ValidationException.of("releaseCountry", "unknown country code '" + entered + "'");
        }
    }
}
