package org.trademission.matching.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.matching.request.ReasonBody;
import org.trademission.platform.security.Roles;

@Path("/api/v1/meetings/{meetingId}")
@Tag(name = "Schedule", description = "The B2B meeting schedule and each participant's agenda")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {
    private final MeetingService meetings;

    public MeetingResource(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "A meeting of a schedule",
            description = "Scheduled or cancelled (with its reason and, when one side called it off, cancelledBy). "
                    + "Exporters and buyers read their own meetings only (403).")
    public Response get(@PathParam("meetingId") UUID meetingId) {
        return withEtag(meetings.get(meetingId));
    }

    @POST
    @Path("cancellation")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.BUYER})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Call the meeting off (its exporter, its buyer or staff), before it starts",
            description = "Body (optional): {\"reason\": \"...\"}. The meeting is cancelled at once (MeetingCancelled, "
                    + "STATUS:CANCELLED in calendars), the request it came from is cancelled with it, and rebuilds "
                    + "leave the pair out until either side sends a new meeting request. 409 once it has started "
                    + "(record a no-show as its outcome), when it is already cancelled, or while the schedule is "
                    + "being built; If-Match is checked when sent (412).")
    public Response callOff(@PathParam("meetingId") UUID meetingId, @HeaderParam("If-Match") String ifMatch,
            @Valid ReasonBody body) {
        return withEtag(meetings.callOff(meetingId, body == null ? null : body.reason(), ifMatch));
    }

    @POST
    @Path("move")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the meeting by hand to another slot or table (staff)",
            description = "start: the start of a slot of the meeting's session (or of sessionId's); table: in person, "
                    + "the meeting's own or the first free one when left out. 409 when the exporter or the buyer is in "
                    + "another meeting then, the table is taken, the buyer's registration says it cannot attend, the "
                    + "meeting is cancelled or has started, or a build runs; 422 when no slot starts then, the "
                    + "session lacks the table, a table is given online, or the slot has passed. MeetingMoved; "
                    + "rebuilds keep it there while the slot stays valid. If-Match is checked when sent (412).")
    public Response move(@PathParam("meetingId") UUID meetingId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MoveBody body) {
        return withEtag(meetings.move(meetingId, body, ifMatch));
    }

    private static Response withEtag(MeetingView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
