package org.trademission.mission.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.SortRequest;

@Path("/api/v1/missions/{missionId}/sessions")
@Tag(name = "B2B sessions", description = "The mission's B2B sessions and their slots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final SessionService sessions;
    private final Caller caller;

    public SessionResource(SessionService sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Add a B2B session", description = "Within the mission's dates; start before end (local "
            + "times of the mission's zone); slotMinutes 10-120; tables for IN_PERSON, none ONLINE; a session's "
            + "format must be the mission's (HYBRID missions take both); no overlap with a session of the same "
            + "format (409).")
    public Response add(@PathParam("missionId") UUID missionId, @NotNull @Valid SessionRequest request,
            UriInfo uri) {
        SessionView view = sessions.add(missionId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view)
                .tag(Long.toString(view.version())).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "The mission's sessions", description = "Of a published mission, for anyone. "
            + SessionSort.DESCRIPTION)
    public List<SessionView> list(@PathParam("missionId") UUID missionId, @QueryParam("sort") String sort) {
        Optional<Comparator<SessionView>> order = SessionSort.order(sort);
        requireVisible(missionId);
        return SortRequest.sorted(sessions.list(missionId), order);
    }

    @GET
    @Path("{sessionId}")
    @PermitAll
    public Response get(@PathParam("missionId") UUID missionId, @PathParam("sessionId") UUID sessionId) {
        requireVisible(missionId);
        SessionView view = sessions.get(missionId, sessionId);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @GET
    @Path("{sessionId}/slots")
    @PermitAll
    @Operation(summary = "The session's slots, with zoned start and end",
            description = "Laid on the real timeline: on a day the clocks change, the offsets change with them.")
    public List<SlotView> slots(@PathParam("missionId") UUID missionId, @PathParam("sessionId") UUID sessionId) {
        requireVisible(missionId);
        return sessions.slots(missionId, sessionId);
    }

    @PUT
    @Path("{sessionId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Replace a session", description = "412 when If-Match names another version.")
    public Response update(@PathParam("missionId") UUID missionId, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid SessionRequest request) {
        SessionView view = sessions.update(missionId, sessionId, ifMatch, request);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @DELETE
    @Path("{sessionId}")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    public Response remove(@PathParam("missionId") UUID missionId, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") String ifMatch) {
        sessions.remove(missionId, sessionId, ifMatch);
        return Response.noContent().build();
    }

    private void requireVisible(UUID missionId) {
        if (!caller.isAgency() && !sessions.isPublished(missionId)) {
            throw ProblemException.notFound("Mission", missionId);
        }
    }
}
