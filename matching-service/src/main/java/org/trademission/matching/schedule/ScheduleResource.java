package org.trademission.matching.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.Accepts;
import org.trademission.platform.web.QueryParams;

@Path("/api/v1/missions/{missionId}")
@Tag(name = "Schedule", description = "The B2B meeting schedule and each participant's agenda")
public class ScheduleResource {
    static final String CALENDAR = "text/calendar";

    private final ScheduleService schedules;
    private final AgendaService agendas;
    private final MeetingService meetings;
    private final Caller caller;

    public ScheduleResource(ScheduleService schedules, AgendaService agendas, MeetingService meetings,
            Caller caller) {
        this.schedules = schedules;
        this.agendas = agendas;
        this.meetings = meetings;
        this.caller = caller;
    }

    @POST
    @Path("schedule")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Build (or rebuild) the meeting schedule",
            description = "Places accepted requests first (by priority), then pending ones, then each participant's "
                    + "best recommendations (matching-settings), with the fewest breaks and nobody above "
                    + "maxBreaksPerParticipant. A rebuild keeps published meetings that are still valid; reset=true "
                    + "starts over. 200 with the schedule, or 202 when a large mission builds in the background "
                    + "(GET follows it). 409 while another build runs or when the mission is DRAFT, COMPLETED or "
                    + "CANCELLED.")
    public Response build(@PathParam("missionId") UUID missionId, @QueryParam("reset") String reset) {
        ScheduleService.Build build = schedules.build(missionId,
                Boolean.TRUE.equals(QueryParams.bool("reset", reset)));
        return Response.status(build.inBackground() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(build.schedule()).build();
    }

    @GET
    @Path("schedule")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The meeting schedule",
            description = "meetings, unplaced requests with a reason, and stats (placed, upperBound, breaks, "
                    + "optimal, …). While a build runs: status BUILDING with its progress. Exporters and buyers see "
                    + "their own meetings only.")
    public ScheduleView schedule(@PathParam("missionId") UUID missionId) {
        UUID participant = null;
        if (!caller.isAgency() && !caller.is(Roles.PARTNER)) {
            participant = caller.exporterId().or(caller::buyerId).orElseThrow(() -> ProblemException.forbidden(
                    "A token of an exporter or buyer needs its exporter_id or buyer_id"));
        }
        return schedules.view(missionId, participant);
    }

    @POST
    @Path("meetings")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Arrange a meeting by hand for a pair at a slot (staff)",
            description = "For a buyer met on the spot or a meeting agreed by phone, beside the built schedule. "
                    + "Checked as a move is: 409 when the exporter or the buyer is in another meeting then, the table "
                    + "is taken, the buyer's registration says it cannot attend, the pair already has a scheduled "
                    + "meeting (move that one), either side has maxMeetingsPerParticipant meetings, the mission has "
                    + "no schedule yet or a build runs; 422 when the pair "
                    + "is not an accepted exporter and a registered buyer of the mission, no slot starts then (or "
                    + "several sessions' do and sessionId is left out), the session lacks the table, a table is "
                    + "given online or the slot has passed. The pair's open request is accepted (or one is made, "
                    + "accepted), so rebuilds keep the meeting; a pair's former meeting comes back with its id. 201, "
                    + "MeetingScheduled.")
    public Response arrange(@PathParam("missionId") UUID missionId, @NotNull @Valid ArrangeBody body) {
        MeetingView view = meetings.arrange(missionId, body);
        return Response.created(java.net.URI.create("/api/v1/meetings/" + view.id())).entity(view)
                .tag(Long.toString(view.version())).build();
    }

    @GET
    @Path("participants/{participantId}/agenda")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    @Produces({MediaType.APPLICATION_JSON, CALENDAR})
    @Operation(summary = "A participant's agenda, as JSON or iCalendar (Accept: text/calendar)",
            description = "Its meetings in time order: counterpart, table or video room, interpreter. Exporters and "
                    + "buyers read their own agenda only (403).")
    public Response agenda(@PathParam("missionId") UUID missionId, @PathParam("participantId") UUID participantId,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        AgendaView agenda = agendas.agenda(missionId, participantId);
        if (Accepts.explicitly(headers, CALENDAR)) {
            return Response.ok(AgendaCalendar.render(agenda), CALENDAR + "; charset=UTF-8")
                    .header("Content-Disposition", "inline; filename=\"agenda.ics\"").build();
        }
        return Response.ok(agenda, MediaType.APPLICATION_JSON).build();
    }
}
