package org.parley.core.release;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentAccess;
import org.parley.core.documents.DocumentRepository;
import org.parley.core.documents.DocumentVersion;
import org.parley.core.documents.Visibility;
import org.parley.core.organisations.OrganisationOwners;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.ValidationException;
import org.parley.rules.DecisionEngine;
import org.parley.rules.Determination;
import org.parley.rules.DeterminationJson;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.Countries;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.DecisionRequestJson;
import org.parley.rules.request.InvalidRequestException;
import org.parley.screening.Screener;

/**
 * The release gate: screens and decides every recipient of a document version under the EAR as of
 * the release date, records each decision in the ledger (and its hash in the audit chain) and
 * delivers only where the rules allow. One transaction: a failure part-way releases to no one.
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
        new FieldChecks().present("target", order.target()).orThrow();
        String licence = LicenceNumbers.check(order.licenceNumber());
        String releaseCountry = releaseCountry(order.releaseCountry());
        // One screener for the whole release: every recipient is decided against the same lists.
        Screener lists = screener.get();
        DecisionEngine engine = new DecisionEngine(regulations, lists, threshold);
        return jdbi.inTransaction(handle -> {
            DocumentVersion version = DocumentRepository.version(handle, order.versionId());
            Document document = DocumentRepository.document(handle, version.documentId());
            Access.require(
                    DocumentAccess.canManage(Access.rolesOf(handle, actor, document.groupId()), document),
                    "only the owning side's members release document " + document.id());
            if (!version.classified()) {
                throw ValidationException.of(
                        "versionId",
                        "version " + version.version() + " of '" + document.title() + "' has no export"
                                + " classification; a compliance officer or the owner must classify it first");
            }
            List<Recipient> recipients = RecipientResolver.resolve(handle, document.groupId(), order.target());
            if (releaseCountry != null) {
                recipients = recipients.stream()
                        .map(recipient -> new Recipient(recipient.member(), releaseCountry))
                        .toList();
            }
            requireWithinCaucus(document, recipients);
            Instant now = Instants.now(clock);
            long releaseId = handle.attach(LedgerDao.class)
                    .insertRelease(
                            document.groupId(),
                            version.id(),
                            order.target().channel(),
                            order.target().reference(),
                            actor.label(),
                            now,
                            licence);
            var context = new Context(handle, actor, engine, lists, document, version, order, licence, releaseId, now);
            List<RecipientDecision> decisions = new ArrayList<>();
            for (Recipient recipient : recipients) {
                decisions.add(decide(context, recipient));
            }
            return new ReleaseReport(releaseId, version.id(), decisions);
        });
    }

    /** Everything one release shares between its recipients. */
    private record Context(
            Handle handle,
            Actor actor,
            DecisionEngine engine,
            Screener lists,
            Document document,
            DocumentVersion version,
            ReleaseOrder order,
            String licence,
            long releaseId,
            Instant now) {}

    private RecipientDecision decide(Context context, Recipient recipient) {
        var member = recipient.member();
        LocalDate date = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
        DecisionRequest request = RecipientRequests.of(
                "release-" + context.releaseId() + "-member-" + member.id(),
                date,
                context.version().classification(),
                recipient,
                OrganisationOwners.of(context.handle(), context.document().groupId(), member.organisation()));
        Determination determination = decide(context.engine(), request);
        GateVerdict verdict = GateVerdict.of(
                member, determination, context.licence(), context.order().conditionsMet());
        LedgerEntry entry = new LedgerEntry(
                        0,
                        context.releaseId(),
                        context.document().groupId(),
                        context.document().id(),
                        context.document().title(),
                        context.version().id(),
                        context.version().version(),
                        context.version().contentSha256(),
                        member.id(),
                        member.fullName(),
                        member.userId(),
                        context.order().target().channel(),
                        context.order().target().reference(),
                        determination.outcomeCode(),
                        verdict.delivered(),
                        verdict.reason(),
                        determination.outcomeCode().equals("LICENSE_REQUIRED") ? context.licence() : null,
                        context.order().conditionsMet(),
                        DecisionRequestJson.write(request),
                        DeterminationJson.write(DeterminationJson.toJson(determination)),
                        context.lists().snapshot().contentHash(),
                        determination.listsAsOf(),
                        determination.rulesAsOf(),
                        context.now(),
                        context.actor().label(),
                        date.plus(RETENTION),
                        "")
                .hashed();
        long ledgerId = context.handle().attach(LedgerDao.class).insert(entry);
        audit.append(
                context.handle(),
                context.actor(),
                verdict.delivered() ? "release.delivered" : "release.withheld",
                Subject.of("ledger", ledgerId),
                AuditLog.details(
                        "releaseId", context.releaseId(),
                        "versionId", context.version().id(),
                        "memberId", member.id(),
                        "outcome", determination.outcomeCode(),
                        "rowHash", entry.rowHash()));
        return new RecipientDecision(
                ledgerId,
                member.id(),
                member.fullName(),
                recipient.releaseCountry(),
                determination.outcomeCode(),
                verdict.delivered(),
                verdict.reason(),
                determination.citations(),
                determination.conditions());
    }

    private static Determination decide(DecisionEngine engine, DecisionRequest request) {
        try {
            return engine.decide(request);
        } catch (InvalidRequestException e) {
            throw ValidationException.of("versionId", "the release cannot be decided: " + e.getMessage());
        }
    }

    private static void requireWithinCaucus(Document document, List<Recipient> recipients) {
        if (document.visibility() != Visibility.CAUCUS) {
            return;
        }
        List<String> outside = recipients.stream()
                .filter(recipient -> recipient.member().sideId() != document.ownerSideId())
                .map(recipient -> recipient.member().fullName())
                .toList();
        if (!outside.isEmpty()) {
            throw new ConflictException("'" + document.title() + "' is a caucus document of its side and cannot"
                    + " be released to members of other sides: " + String.join(", ", outside));
        }
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
