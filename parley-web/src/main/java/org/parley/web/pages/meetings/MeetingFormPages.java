package org.parley.web.pages.meetings;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.core.ParleyCore;
import org.parley.core.actions.ActionStatus;
import org.parley.core.meetings.AttendanceStatus;
import org.parley.core.system.Actor;
import org.parley.web.RouteModule;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.system.Requests;

/**
 * The forms of a meeting's page that record what happens there: agenda items (shared or a side's
 * caucus), each member's attendance, action items and their progress. Bad input shows the meeting
 * page again with the problems next to the fields; the platform decides who may. Thread-safe.
 */
public final class MeetingFormPages implements RouteModule {

    private final ParleyCore core;
    private final MeetingPages meetingPages;
    private final Pages pages;

    public MeetingFormPages(ParleyCore core, MeetingPages meetingPages, Pages pages) {
        this.core = core;
        this.meetingPages = meetingPages;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/meetings/{meetingId}/agenda", this::addAgendaItem, PageAccess.SIGNED_IN);
        routes.post("/meetings/{meetingId}/attendance", this::recordAttendance, PageAccess.SIGNED_IN);
        routes.post("/meetings/{meetingId}/actions", this::createAction, PageAccess.SIGNED_IN);
        routes.post("/meetings/{meetingId}/actions/{actionId}/status", this::reportAction, PageAccess.SIGNED_IN);
    }

    private void addAgendaItem(Context ctx) {
        long meetingId = Requests.id(ctx, "meetingId");
        submit(ctx, meetingId, "#agenda", MeetingView.AGENDA_FORM, form -> {
            Long caucusSideId = form.text("caucusSideId") == null ? null : form.id("caucusSideId");
            core.agenda().addItem(actor(ctx), meetingId, form.text("title"), caucusSideId);
            return new Pages.Done("/meetings/" + meetingId + "#agenda", "flash.agendaItemAdded");
        });
    }

    private void recordAttendance(Context ctx) {
        long meetingId = Requests.id(ctx, "meetingId");
        // Each member's row is a form of its own, named after the member.
        String member = ctx.formParam("memberId");
        submit(ctx, meetingId, "#attendance", "attendance-" + (member == null ? "" : member.strip()), form -> {
            AttendanceStatus status = form.requiredChoice("status", AttendanceStatus.class);
            core.agenda().recordAttendance(actor(ctx), meetingId, form.id("memberId"), status);
            return new Pages.Done("/meetings/" + meetingId + "#attendance", "flash.attendanceRecorded");
        });
    }

    private void createAction(Context ctx) {
        long meetingId = Requests.id(ctx, "meetingId");
        submit(ctx, meetingId, "#actions", MeetingView.ACTION_FORM, form -> {
            core.actions()
                    .create(actor(ctx), form.id("ownerMemberId"), meetingId, form.text("title"), form.date("dueDate"));
            return new Pages.Done("/meetings/" + meetingId + "#actions", "flash.actionCreated");
        });
    }

    private void reportAction(Context ctx) {
        long meetingId = Requests.id(ctx, "meetingId");
        long actionId = Requests.id(ctx, "actionId");
        submit(ctx, meetingId, "#actions", "report-" + actionId, form -> {
            ActionStatus status = form.requiredChoice("status", ActionStatus.class);
            core.actions().report(actor(ctx), actionId, status, meetingId, form.text("note"));
            return new Pages.Done("/meetings/" + meetingId + "#actions", "flash.actionReported");
        });
    }

    /** Runs one of the meeting page's forms; bad input shows the meeting page again with that form's problems. */
    private void submit(Context ctx, long meetingId, String anchor, String formName, Pages.FormAction action) {
        pages.submit(
                ctx,
                "/meetings/" + meetingId + anchor,
                formName,
                action,
                state -> meetingPages.show(ctx, meetingId, state));
    }

    private Actor actor(Context ctx) {
        return pages.viewer(ctx).actor();
    }
}
