package org.parley.core;

import java.time.Clock;
import java.util.function.Supplier;
import org.parley.core.audit.AuditLog;
import org.parley.core.calendar.CalendarFeeds;
import org.parley.core.calendar.CalendarSubscriptions;
import org.parley.core.calendar.ICalendarWriter;
import org.parley.core.compliance.ComplianceConsole;
import org.parley.core.documents.DocumentService;
import org.parley.core.members.ScreeningReviewService;
import org.parley.core.notify.MailSender;
import org.parley.core.notify.NotificationService;
import org.parley.core.notify.Notifier;
import org.parley.core.organisations.OwnershipService;
import org.parley.core.policy.PolicyAttachments;
import org.parley.core.release.Downloads;
import org.parley.core.release.ReleaseLedger;
import org.parley.core.release.ReleaseService;
import org.parley.core.reports.MeetingPacks;
import org.parley.core.rescreening.ListUpdateRescreen;
import org.parley.core.storage.Database;
import org.parley.rules.regulation.Regulations;
import org.parley.screening.Screener;

/**
 * The workflows that tie the platform to the two engines: documents and the release gate, the
 * ledger, re-screening, the compliance console, notifications, calendars and meeting packs. Wired to
 * the same database, clock, audit log and screener as {@link ParleyCore}. Thread-safe.
 */
public record ParleyWorkflows(
        DocumentService documents,
        OwnershipService ownership,
        ReleaseService releases,
        ReleaseLedger ledger,
        Downloads downloads,
        ListUpdateRescreen rescreen,
        ComplianceConsole console,
        CalendarFeeds calendars,
        CalendarSubscriptions calendarLinks,
        Notifier notifier,
        NotificationService notifications,
        MeetingPacks meetingPacks,
        PolicyAttachments policyAttachments) {

    /** Largest document version accepted. */
    public static final long MAX_UPLOAD_BYTES = 16L * 1024 * 1024;

    /**
     * @param settings where mail goes and how the installation names itself
     */
    public static ParleyWorkflows create(
            Database database,
            Clock clock,
            AuditLog audit,
            Supplier<Screener> screener,
            ScreeningReviewService reviews,
            Settings settings) {
        var jdbi = database.jdbi();
        var ledger = new ReleaseLedger(jdbi);
        var rescreen = new ListUpdateRescreen(
                jdbi, clock, audit, settings.threshold(), Runtime.getRuntime().availableProcessors());
        var calendars = new CalendarFeeds(jdbi, clock, new ICalendarWriter(settings.uidDomain()));
        return new ParleyWorkflows(
                new DocumentService(jdbi, clock, audit, MAX_UPLOAD_BYTES),
                new OwnershipService(jdbi, audit),
                new ReleaseService(jdbi, clock, audit, screener, settings.regulations(), settings.threshold()),
                ledger,
                new Downloads(jdbi),
                rescreen,
                new ComplianceConsole(reviews, ledger, rescreen, screener),
                calendars,
                new CalendarSubscriptions(jdbi, clock, audit, calendars),
                new Notifier(jdbi, clock, settings.mail(), calendars),
                new NotificationService(jdbi, clock),
                new MeetingPacks(jdbi),
                new PolicyAttachments(jdbi, clock, audit));
    }

    /**
     * How the workflows are configured.
     *
     * @param threshold the screening score at or above which a name is treated as a possible match
     * @param uidDomain the right-hand side of calendar UIDs, e.g. the installation's host name
     */
    public record Settings(Regulations regulations, double threshold, MailSender mail, String uidDomain) {}
}
