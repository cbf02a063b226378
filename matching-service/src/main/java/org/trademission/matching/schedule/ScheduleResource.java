package org.trademission.matching.schedule;

import jakarta.annotation.security.RolesAllowed;
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
    private final Caller caller;

    public ScheduleResource(ScheduleService schedules, AgendaService agendas, Caller caller) {
        this.schedules = schedules;
        this.agendas = agendas;
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
