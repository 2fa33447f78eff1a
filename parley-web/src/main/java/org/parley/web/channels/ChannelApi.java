package org.parley.web.channels;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Set;
import org.parley.core.channels.ChannelService;
import org.parley.core.channels.MessageService;
import org.parley.core.channels.Priority;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * Channels between sides: opening and archiving them, messages with priority and acknowledgement
 * deadline, acknowledgement by each receiving side, and search. Thread-safe.
 */
public final class ChannelApi implements RouteModule {

    private final ChannelService channels;
    private final MessageService messages;

    public ChannelApi(ChannelService channels, MessageService messages) {
        this.channels = channels;
        this.messages = messages;
    }

    /** Body of {@code POST /api/v1/groups/{groupId}/channels}. */
    public record NewChannel(String name, Set<Long> sideIds) {}

    /**
     * Body of {@code POST /api/v1/channels/{channelId}/messages}; without {@code acknowledgementWindow}
     * (an ISO 8601 duration such as {@code PT24H}) the priority's default applies.
     */
    public record NewMessage(
            Long senderSideId, Priority priority, String subject, String body, Duration acknowledgementWindow) {
        public NewMessage {
            new FieldChecks().present("senderSideId", senderSideId).orThrow();
        }
    }

    /** Body of {@code POST /api/v1/messages/{messageId}/acknowledgements}. */
    public record Acknowledgement(Long sideId) {
        public Acknowledgement {
            new FieldChecks().present("sideId", sideId).orThrow();
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/groups/{groupId}/channels",
                ctx -> ctx.json(channels.channels(actor(ctx), Requests.id(ctx, "groupId"))));
        routes.post("/api/v1/groups/{groupId}/channels", this::open);
        routes.post(
                "/api/v1/channels/{channelId}/archival",
                ctx -> ctx.json(channels.archive(actor(ctx), Requests.id(ctx, "channelId"))));
        routes.get("/api/v1/channels/{channelId}/messages", this::messages);
        routes.post("/api/v1/channels/{channelId}/messages", this::send);
        routes.post("/api/v1/messages/{messageId}/acknowledgements", this::acknowledge);
        routes.post(
                "/api/v1/messages/{messageId}/archival",
                ctx -> ctx.json(messages.archive(actor(ctx), Requests.id(ctx, "messageId"))));
        routes.get("/api/v1/groups/{groupId}/messages", this::search);
    }

    private void open(Context ctx) {
        NewChannel channel = Requests.body(ctx, NewChannel.class);
        ctx.status(201).json(channels.open(actor(ctx), Requests.id(ctx, "groupId"), channel.name(), channel.sideIds()));
    }

    private void messages(Context ctx) {
        boolean archived = Boolean.parseBoolean(ctx.queryParam("archived"));
        ctx.json(messages.messages(actor(ctx), Requests.id(ctx, "channelId"), archived));
    }

    private void send(Context ctx) {
        NewMessage message = Requests.body(ctx, NewMessage.class);
        ctx.status(201)
                .json(messages.send(
                        actor(ctx),
                        Requests.id(ctx, "channelId"),
                        message.senderSideId(),
                        message.priority(),
                        message.subject(),
                        message.body(),
                        message.acknowledgementWindow()));
    }

    private void acknowledge(Context ctx) {
        long sideId = Requests.body(ctx, Acknowledgement.class).sideId();
        ctx.json(messages.acknowledge(actor(ctx), Requests.id(ctx, "messageId"), sideId));
    }

    private void search(Context ctx) {
        ctx.json(messages.search(actor(ctx), Requests.id(ctx, "groupId"), ctx.queryParam("text")));
    }
}
