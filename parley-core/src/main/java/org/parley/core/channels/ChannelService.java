package org.parley.core.channels;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.groups.GroupDao;
import org.parley.core.groups.Side;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;

/** Opens, lists and archives channels between sides. Thread-safe. */
public final class ChannelService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public ChannelService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Opens a channel between two or more sides of the group. */
    public Channel open(Actor actor, long groupId, String name, Set<Long> sideIds) {
        new FieldChecks()
                .text("name", name, 200)
                .check(sideIds != null && sideIds.size() >= 2, "sideIds", "a channel joins at least two sides")
                .orThrow();
        return jdbi.inTransaction(handle -> {
            Access.require(
                    Access.rolesOf(handle, actor, groupId).managesGroup(),
                    "only administrators, the secretariat and co-chairs open channels");
            List<Long> groupSides = handle.attach(GroupDao.class).sides(groupId).stream()
                    .map(Side::id)
                    .toList();
            new FieldChecks()
                    .check(groupSides.containsAll(sideIds), "sideIds", "names a side outside group " + groupId)
                    .orThrow();
            ChannelDao channels = handle.attach(ChannelDao.class);
            if (channels.channels(groupId).stream()
                    .anyMatch(channel -> channel.name().equals(name.strip()))) {
                throw new ConflictException("group " + groupId + " already has a channel named " + name.strip());
            }
            long id = channels.insertChannel(groupId, name.strip(), Instants.now(clock));
            sideIds.forEach(sideId -> channels.insertChannelSide(id, sideId));
            audit.append(
                    handle,
                    actor,
                    "channel.opened",
                    Subject.of("channel", id),
                    AuditLog.details(
                            "groupId",
                            groupId,
                            "name",
                            name.strip(),
                            "sideIds",
                            sideIds.stream().sorted().toList()));
            return ChannelAccess.channel(handle, id);
        });
    }

    /** One channel, for members of its sides. */
    public Channel channel(Actor actor, long channelId) {
        return jdbi.withHandle(handle -> {
            Channel channel = ChannelAccess.channel(handle, channelId);
            ChannelAccess.participant(handle, actor, channel);
            return channel;
        });
    }

    /** The group's channels that include one of the actor's sides. */
    public List<Channel> channels(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Roles roles = Access.readable(handle, actor, groupId);
            return handle.attach(ChannelDao.class).channels(groupId).stream()
                    .map(row -> ChannelAccess.channel(handle, row.id()))
                    .filter(channel -> channel.sideIds().stream().anyMatch(roles::onSide))
                    .toList();
        });
    }

    /** Archives a channel: it stays readable and searchable but takes no new messages. */
    public Channel archive(Actor actor, long channelId) {
        return jdbi.inTransaction(handle -> {
            Channel channel = ChannelAccess.channel(handle, channelId);
            Access.require(
                    Access.rolesOf(handle, actor, channel.groupId()).managesGroup(),
                    "only administrators, the secretariat and co-chairs archive channels");
            if (channel.archivedAt() != null) {
                throw new ConflictException("channel " + channelId + " is already archived");
            }
            handle.attach(ChannelDao.class).archiveChannel(channelId, Instants.now(clock));
            audit.append(handle, actor, "channel.archived", Subject.of("channel", channelId), AuditLog.details());
            return ChannelAccess.channel(handle, channelId);
        });
    }
}
