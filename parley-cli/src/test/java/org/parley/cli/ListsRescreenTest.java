package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.accounts.AccountService;
import org.parley.core.audit.AuditLog;
import org.parley.core.groups.GroupService;
import org.parley.core.groups.NewGroup;
import org.parley.core.groups.NewSide;
import org.parley.core.members.MemberScreening;
import org.parley.core.members.MemberService;
import org.parley.core.members.MemberStatus;
import org.parley.core.members.NewMember;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;
import org.parley.core.system.Actor;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.match.NameScreener;
import org.parley.testing.SharedData;

class ListsRescreenTest {

    @TempDir
    Path data;

    @Test
    void importingListsReScreensThePlatformsMembers() {
        String csl = SharedData.file("csl/consolidated-2026-07-31.csv").toString();
        long memberId;
        try (Database database = Database.open(DatabaseConfig.embedded(data))) {
            Clock clock = Clock.systemUTC();
            AuditLog audit = new AuditLog(clock);
            Actor admin = Actor.user(new AccountService(database.jdbi(), clock, audit)
                    .bootstrapAdmin("admin@example.org", "Admin", "admin password 1")
                    .id());
            var groups = new GroupService(database.jdbi(), clock, audit);
            var group = groups.createGroup(
                    admin, new NewGroup("WG", "Charter.", List.of(new NewSide("US", 3), new NewSide("CN", 3))));
            var members = new MemberService(
                    database.jdbi(),
                    clock,
                    audit,
                    new MemberScreening(() -> NameScreener.of(ListSnapshot.empty()), NameScreener.DEFAULT_THRESHOLD));
            memberId = members.addMember(
                            admin,
                            new NewMember(
                                    groups.sides(admin, group.id()).get(1).id(),
                                    null,
                                    "Wang Fang",
                                    "Hangzhou Hikvision Digital Technology Co., Ltd.",
                                    "wang@example.org",
                                    "zh",
                                    "Asia/Shanghai",
                                    Role.EXPERT,
                                    List.of("CN"),
                                    List.of()))
                    .id();
        }

        CliRun imported = CliRun.of("lists", "import", "--data", data.toString(), csl);

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("re-screened 1 people").contains("1 new reviews");
        try (Database database = Database.open(DatabaseConfig.embedded(data))) {
            String status = database.jdbi()
                    .withHandle(handle -> handle.createQuery("SELECT status FROM members WHERE id = :id")
                            .bind("id", memberId)
                            .mapTo(String.class)
                            .one());
            assertThat(status).isEqualTo(MemberStatus.ON_HOLD.name());
        }
        assertThat(CliRun.of("audit", "verify", "--data", data.toString()).exitCode())
                .isZero();
    }
}
