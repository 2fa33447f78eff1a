package org.parley.core.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.parley.core.access.Access;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentAccess;
import org.parley.core.documents.DocumentRepository;
import org.parley.core.documents.DocumentVersion;
import org.parley.core.documents.Visibility;
import org.parley.core.organisations.OrganisationOwners;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ValidationException;
import org.parley.rules.DecisionEngine;
import org.parley.rules.Determination;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.InvalidRequestException;
import org.parley.screening.Screener;

/**
 * One pass of the release gate over a version's recipients, shared by a release (which records each
 * decision) and a preview (which records nothing): who may release, the classification check, the
 * recipients and the decision for each. Reads only; not thread-safe, one per release or preview.
 */
record ReleaseBatch(
        Handle handle,
        Document document,
        DocumentVersion version,
        List<Recipient> recipients,
        ReleaseOrder order,
        String licence,
        DecisionEngine engine,
        Screener lists,
        Instant now) {

    /** One recipient decided: the request as sent to the rules engine, its answer and the gate's verdict. */
    record Judged(Recipient recipient, DecisionRequest request, Determination determination, GateVerdict verdict) {}

    /** Checks the actor and the version, and resolves the recipients (a release country overrides theirs). */
    static ReleaseBatch open(
            Handle handle,
            Actor actor,
            ReleaseOrder order,
            String licence,
            String releaseCountry,
            DecisionEngine engine,
            Screener lists,
            Instant now) {
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
        return new ReleaseBatch(handle, document, version, recipients, order, licence, engine, lists, now);
    }

    /** The day the rules are applied as of: the release's UTC date. */
    LocalDate date() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Screens and decides one recipient; {@code requestId} names the decision request. */
    Judged judge(Recipient recipient, String requestId) {
        var member = recipient.member();
        DecisionRequest request = RecipientRequests.of(
                requestId,
                date(),
                version.classification(),
                recipient,
                OrganisationOwners.of(handle, document.groupId(), member.organisation()));
        Determination determination = decide(request);
        GateVerdict verdict = GateVerdict.of(member, determination, licence, order.conditionsMet());
        return new Judged(recipient, request, determination, verdict);
    }

    private Determination decide(DecisionRequest request) {
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
}
