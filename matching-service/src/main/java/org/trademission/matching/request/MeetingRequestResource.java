package org.trademission.matching.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.QueryParams;
import org.trademission.platform.web.SortRequest;

@Path("/api/v1/missions/{missionId}")
@Tag(name = "Meeting requests", description = "Who asks to meet whom in a mission")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingRequestResource {
    private final MeetingRequestService service;
    private final Caller caller;

    public MeetingRequestResource(MeetingRequestService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("meeting-requests")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "Request a meeting",
            description = "fromId and toId: one accepted exporter and one registered buyer of the mission, in either "
                    + "direction (422 otherwise); an exporter or buyer requests as itself only; no second open request "
                    + "for a pair (409); at most maxOpenRequests pending per requester (409); while the mission is "
                    + "OPEN, SELECTION or CONFIRMED (409).")
    public Response create(@PathParam("missionId") UUID missionId, @NotNull @Valid MeetingRequestBody body,
            UriInfo uri) {
        MeetingRequestView view = service.create(missionId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view)
                .tag(Long.toString(view.version())).build();
    }

    @GET
    @Path("meeting-requests")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "The mission's meeting requests",
            description = "participantId with direction=sent|received (default both), status; sort: e.g. "
                    + "priority,-createdAt (fields: priority, status, createdAt, updatedAt). Exporters and buyers "
                    + "see their own only.")
    public PageResult<MeetingRequestView> list(@PathParam("missionId") UUID missionId,
            @QueryParam("participantId") String participantId, @QueryParam("direction") String direction,
            @QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        UUID participant = QueryParams.uuid("participantId", participantId);
        Optional<Comparator<MeetingRequestView>> order = MeetingRequestSort.order(sort);
        if (direction != null && !direction.isBlank() && !direction.equals("sent") && !direction.equals("received")) {
            throw ProblemException.invalid("direction", "must be sent or received");
        }
        if (!caller.isAgency() && !caller.is(Roles.PARTNER)) {
            UUID self = caller.exporterId().or(caller::buyerId).orElseThrow(() -> ProblemException.forbidden(
                    "A token of an exporter or buyer needs its exporter_id or buyer_id"));
            if (participant != null && !participant.equals(self)) {
                throw ProblemException.forbidden("You may list your own meeting requests only");
            }
            participant = self;
        }
        PageRequest paging = PageRequest.parse(page, size);
        List<MeetingRequestView> all = SortRequest.sorted(service.list(missionId, participant, direction,
                QueryParams.oneOf("status", status, RequestStatus.class)), order);
        return new PageResult<>(all.stream().skip(paging.offset()).limit(paging.size()).toList(), paging.page(),
                paging.size(), all.size());
    }

    @GET
    @Path("meeting-requests/{requestId}")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    public Response get(@PathParam("missionId") UUID missionId, @PathParam("requestId") UUID requestId) {
        return withEtag(service.get(missionId, requestId));
    }

    @POST
    @Path("meeting-requests/{requestId}/accept")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.BUYER})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept (the addressee or staff)")
    public Response accept(@PathParam("missionId") UUID missionId, @PathParam("requestId") UUID requestId) {
        return withEtag(service.accept(missionId, requestId));
    }

    @POST
    @Path("meeting-requests/{requestId}/decline")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "Decline (the addressee or staff)", description = "Body (optional): {\"reason\": \"...\"}.")
    public Response decline(@PathParam("missionId") UUID missionId, @PathParam("requestId") UUID requestId,
            @Valid ReasonBody body) {
        return withEtag(service.decline(missionId, requestId, body == null ? null : body.reason()));
    }

    @POST
    @Path("meeting-requests/{requestId}/cancel")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "Cancel (the requester or staff)", description = "Body (optional): {\"reason\": \"...\"}.")
    public Response cancel(@PathParam("missionId") UUID missionId, @PathParam("requestId") UUID requestId,
            @Valid ReasonBody body) {
        return withEtag(service.cancel(missionId, requestId, body == null ? null : body.reason()));
    }

    @GET
    @Path("matching-settings")
    @RolesAllowed({Roles.STAFF, Roles.CRM})
    public SettingsBody settings(@PathParam("missionId") UUID missionId) {
        return service.settingsOf(missionId);
    }

    @PUT
    @Path("matching-settings")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The mission's matching settings", description = "maxOpenRequests: pending requests a "
            + "participant may have sent at once (default 12). For the schedule: maxMeetingsPerParticipant (absent: "
            + "as many as there are slots), maxBreaksPerParticipant (fairness, default 2), recommendedPerParticipant "
            + "(best recommendations added to each participant's requests, default 2). A setting left out returns to "
            + "its default.")
    public SettingsBody settings(@PathParam("missionId") UUID missionId, @NotNull @Valid SettingsBody body) {
        return service.settings(missionId, body);
    }

    private static Response withEtag(MeetingRequestView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
