package org.parley.web.pages.channels;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.parley.core.ParleyCore;
import org.parley.core.channels.Channel;
import org.parley.core.channels.Priority;
import org.parley.core.members.Member;
import org.parley.core.system.Actor;
import org.parley.web.RouteModule;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.pages.People;
import org.parley.web.system.Requests;

/** A channel's message thread; sending; acknowledging for a side. Thread-safe. */
public final class ChannelPages implements RouteModule {

    private final ParleyCore core;
    private final Pages pages;

    public ChannelPages(ParleyCore core, Pages pages) {
        this.core = core;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/channels/{channelId}", this::channel, PageAccess.SIGNED_IN);
        routes.post("/channels/{channelId}/messages", this::send, PageAccess.SIGNED_IN);
        routes.post(
                "/channels/{channelId}/messages/{messageId}/acknowledgement", this::acknowledge, PageAccess.SIGNED_IN);
    }

    private void channel(Context ctx) {
        Actor actor = actor(ctx);
        long channelId = Requests.id(ctx, "channelId");
        Channel channel = core.channels().channel(actor, channelId);
        long groupId = channel.groupId();
        People people = new People(core.accounts());
        var view = new ChannelView(
                channel,
                core.groups().group(actor, groupId),
                core.groups().sides(actor, groupId),
                core.messages().messages(actor, channelId, false).stream()
                        .map(message -> new ChannelView.Post(
                                message,
                                people.name(message.senderId()),
                                core.escalations().escalations(message.id())))
                        .toList(),
                core.members().members(actor, groupId).stream().collect(Collectors.toMap(Member::id, Member::fullName)),
                core.groups().roles(actor, groupId),
                Arrays.asList(Priority.values()));
        pages.render(ctx, "channels/channel.jte", view, "channel.pageTitle", channel.name());
    }

    private void send(Context ctx) {
        long channelId = Requests.id(ctx, "channelId");
        String back = "/channels/" + channelId;
        pages.submit(ctx, back + "#new-message", form -> {
            core.messages()
                    .send(
                            actor(ctx),
                            channelId,
                            form.id("senderSideId"),
                            form.choice("priority", Priority.class),
                            form.text("subject"),
                            form.rawText("body"),
                            null);
            return new Pages.Done(back, "flash.messageSent");
        });
    }

    private void acknowledge(Context ctx) {
        long channelId = Requests.id(ctx, "channelId");
        long messageId = Requests.id(ctx, "messageId");
        String back = "/channels/" + channelId + "#message-" + messageId;
        pages.submit(ctx, back, form -> {
            core.messages().acknowledge(actor(ctx), messageId, form.id("sideId"));
            return new Pages.Done(back, "flash.messageAcknowledged");
        });
    }

    private Actor actor(Context ctx) {
        return pages.viewer(ctx).actor();
    }
}
