package org.parley.core.calendar;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.accounts.TokenCodec;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.members.Member;
import org.parley.core.members.MemberService;
import org.parley.core.members.MemberStatus;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.Instants;

/**
 * Secret calendar links: calendar apps cannot sign in, so a member subscribes with a URL holding a random
 * key. Only the key's SHA-256 is stored; making a new link replaces the old one, and a member who leaves
 * the group (or whose link was revoked) gets nothing from it. Thread-safe.
 */
public final class CalendarSubscriptions {
    private static final String PREFIX = "pc_";

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final CalendarFeeds feeds;

    public CalendarSubscriptions(Jdbi jdbi, Clock clock, AuditLog audit, CalendarFeeds feeds) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.feeds = feeds;
    }

    /** A new secret key for the member's own calendar, replacing any earlier one; shown once. */
    public String renew(Actor actor, long memberId) {
        String key = TokenCodec.newToken(PREFIX);
        jdbi.useTransaction(handle -> {
            Member member = ownMember(handle, actor, memberId);
            handle.execute("DELETE FROM calendar_subscriptions WHERE member_id = ?", member.id());
            handle.createUpdate("INSERT INTO calendar_subscriptions (member_id, token_hash, created_at)"
                            + " VALUES (:member, :hash, :now)")
                    .bind("member", member.id())
                    .bind("hash", TokenCodec.digest(key))
                    .bind("now", Instants.now(clock))
                    .execute();
            audit.append(handle, actor, "calendar.link-created", Subject.of("member", member.id()), AuditLog.details());
        });
        return key;
    }

    /** Ends the member's calendar link, if any. */
    public void revoke(Actor actor, long memberId) {
        jdbi.useTransaction(handle -> {
            Member member = ownMember(handle, actor, memberId);
            if (handle.execute("DELETE FROM calendar_subscriptions WHERE member_id = ?", member.id()) > 0) {
                audit.append(
                        handle, actor, "calendar.link-revoked", Subject.of("member", member.id()), AuditLog.details());
            }
        });
    }

    /** The calendar behind a key, or empty for an unknown key or a member no longer active. */
    public Optional<String> feed(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT m.group_id FROM calendar_subscriptions c JOIN"
                        + " members m ON m.id = c.member_id WHERE c.token_hash = :hash AND m.status = :active")
                .bind("hash", TokenCodec.digest(key))
                .bind("active", MemberStatus.ACTIVE.name())
                .mapTo(Long.class)
                .findOne()
                .map(groupId -> feeds.meetingsOf(handle, groupId)));
    }

    private static Member ownMember(Handle handle, Actor actor, long memberId) {
        Member member = MemberService.existing(handle, memberId);
        boolean self =
                actor instanceof Actor.UserActor user && member.userId() != null && member.userId() == user.userId();
        if (!self) {
            throw new ForbiddenException("only " + member.fullName() + " can manage their calendar link");
        }
        return member;
    }
}
