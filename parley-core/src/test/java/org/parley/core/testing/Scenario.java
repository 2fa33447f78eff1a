package org.parley.core.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.parley.core.access.Role;
import org.parley.core.accounts.AccountService;
import org.parley.core.accounts.PasswordHasher;
import org.parley.core.accounts.User;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.AuditVerifier;
import org.parley.core.groups.Group;
import org.parley.core.groups.GroupService;
import org.parley.core.groups.NewGroup;
import org.parley.core.groups.NewSide;
import org.parley.core.groups.Side;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.MeetingService;
import org.parley.core.meetings.Venue;
import org.parley.core.members.Member;
import org.parley.core.members.MemberScreening;
import org.parley.core.members.MemberService;
import org.parley.core.members.NewMember;
import org.parley.core.members.ScreeningReviewService;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.screening.Screener;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.lists.PartyType;

/**
 * A working group ready for tests: an administrator, a group with a US and a CN side (cap 3 each) and
 * helpers to seat people in roles, each with their own account. Lists start empty; {@link #list}
 * publishes a new snapshot. Not thread-safe.
 */
public final class Scenario {

    public static final int CAP = 3;

    public final TestClock clock = TestClock.at("2026-09-01T08:00:00Z");
    public final Database database;
    public final AuditLog audit = new AuditLog(clock);
    public final AccountService accounts;
    public final GroupService groups;
    public final MemberService members;
    public final ScreeningReviewService reviews;
    public final Actor admin;
    public final Group group;
    public final Side us;
    public final Side cn;

    private final AtomicReference<ExactNameScreener> screener =
            new AtomicReference<>(new ExactNameScreener(ListSnapshot.empty()));
    private final AtomicInteger people = new AtomicInteger();

    public Scenario(Database database) {
        this.database = database;
        MemberScreening screening = new MemberScreening(screener::get, 0.9);
        // Cheap hashing parameters: account creation is not what these tests are about.
        accounts = new AccountService(database.jdbi(), clock, audit, new PasswordHasher(64, 1, 1));
        groups = new GroupService(database.jdbi(), clock, audit);
        members = new MemberService(database.jdbi(), clock, audit, screening);
        reviews = new ScreeningReviewService(database.jdbi(), clock, audit, screening);
        admin = Actor.user(accounts.bootstrapAdmin("admin@example.org", "Admin", "admin password 1")
                .id());
        group = groups.createGroup(
                admin,
                new NewGroup(
                        "Supply-Chain Security WG",
                        "Charter text.",
                        List.of(new NewSide("US", CAP), new NewSide("CN", CAP))));
        us = groups.sides(admin, group.id()).get(0);
        cn = groups.sides(admin, group.id()).get(1);
    }

    /** Replaces the lists with these entries, as a list update would. */
    public void list(ListEntry... entries) {
        screener.set(new ExactNameScreener(ListSnapshot.of(List.of(entries), LocalDate.of(2026, 7, 31), List.of())));
    }

    /** Replaces the lists with one Entity List entry, as a list update would. */
    public void listOnEntityList(String id, PartyType type, String name) {
        list(new ListEntryBuilder()
                .id(id)
                .listCode("EL")
                .source("Entity List (EL) - Bureau of Industry and Security")
                .type(type)
                .name(name)
                .build());
    }

    /** Schedules "Plenary 1" in Beijing, hosted by the CN side, on 14 October 2026 at 09:00 for 90 minutes. */
    public Meeting schedulePlenary(Member chair) {
        return new MeetingService(database.jdbi(), clock, audit)
                .schedule(
                        actorOf(chair),
                        group.id(),
                        "Plenary 1",
                        LocalDateTime.of(2026, 10, 14, 9, 0),
                        90,
                        new Venue(cn.id(), "Beijing", "Asia/Shanghai", "Room 3", ""));
    }

    /** The screener over the current lists, as a list update leaves it. */
    public Screener screener() {
        return screener.get();
    }

    /** A new account. */
    public Actor user(String name) {
        int n = people.incrementAndGet();
        User user = accounts.createUser(admin, "person" + n + "@example.org", name, "long enough password", false);
        return Actor.user(user.id());
    }

    /** Seats a new person with their own account on the side, added by the administrator. */
    public Member seat(Side side, Role role, String name) {
        return members.addMember(admin, newMember(side, role, name, "Org of " + name, userIdOf(user(name))));
    }

    public NewMember newMember(Side side, Role role, String name, String organisation, Long userId) {
        String country = side.id() == us.id() ? "US" : "CN";
        String zone = side.id() == us.id() ? "America/New_York" : "Asia/Shanghai";
        return new NewMember(
                side.id(),
                userId,
                name,
                organisation,
                "p" + people.incrementAndGet() + "@example.org",
                country.equals("US") ? "en" : "zh",
                zone,
                role,
                List.of(country),
                List.of());
    }

    public static Actor actorOf(Member member) {
        return Actor.user(member.userId());
    }

    public static long userIdOf(Actor actor) {
        return ((Actor.UserActor) actor).userId();
    }

    public boolean auditIntact() {
        return new AuditVerifier(database.jdbi()).verify().intact();
    }
}
