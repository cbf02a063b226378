package org.trademission.mission.mission;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.audit.HistoryEntryView;
import org.trademission.platform.audit.HistorySort;
import org.trademission.platform.idempotency.Created;
import org.trademission.platform.idempotency.IdempotentRequests;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.MergePatch;
import org.trademission.platform.web.DateRange;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.QueryParams;

@Path("/api/v1/missions")
@Tag(name = "Missions", description = "Trade missions from draft to completion")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MissionResource {
    private static final String PATCH_EXAMPLE = """
            {"exporterCapacity": 8, "cities": ["Casablanca", "Tanger"]}""";
    private final MissionService service;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public MissionResource(MissionService service, IdempotentRequests idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "List missions",
            description = "Without a token (or as partner, exporter, buyer): published missions, public fields only. "
                    + "Staff and crm: every mission, drafts included, filtered by status, country (destination), "
                    + "from/to (missions overlapping the period, YYYY-MM-DD) and q (title, description, cities). "
                    + "sort: e.g. -startDate,title (by default startDate,title).")
    public PageResult<?> list(@QueryParam("status") String status, @QueryParam("country") String country,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        boolean agency = caller.isAgency();
        MissionStatus wanted = QueryParams.oneOf("status", status, MissionStatus.class);
        if (!agency && wanted == MissionStatus.DRAFT) {
            throw ProblemException.invalid("status", "drafts are not published");
        }
        DateRange period = QueryParams.dateRange(from, to);
        PageResult<MissionView> result = service.search(wanted, !agency, QueryParams.country("country", country),
                period.from(), period.to(), q, MissionSort.parse(sort), PageRequest.parse(page, size));
        return agency ? result : result.map(MissionView::publicView);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Create a mission (DRAFT)", description = "Honours Idempotency-Key.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid MissionRequest request, UriInfo uri) {
        return idempotency.create(idempotencyKey, "POST /api/v1/missions", request, () -> {
            Mission mission = service.create(request);
            return new Created(uri.getAbsolutePathBuilder().path(mission.id().toString()).build(), mission.view());
        });
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A mission", description = "Public fields of a published mission for anyone; a draft "
            + "exists for staff and crm only.")
    public Response get(@PathParam("id") UUID id) {
        MissionView view = service.view(id);
        if (caller.isAgency()) {
            return Response.ok(view).tag(Long.toString(view.version())).build();
        }
        if (!MissionLifecycle.isPublished(view.status())) {
            throw ProblemException.notFound("Mission", id);
        }
        return Response.ok(view.publicView()).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Replace a mission's fields",
            description = "412 when If-Match names another version. Dates and time zone are fixed once CONFIRMED; "
                    + "capacity never below the accepted count; nothing changes after COMPLETED or CANCELLED (409).")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MissionRequest request) {
        return withEtag(service.update(id, ifMatch, request).view());
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Change some fields (JSON Merge Patch)", description = "Same rules as PUT.")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = {
                @Content(mediaType = MergePatch.MEDIA_TYPE, example = PATCH_EXAMPLE),
                @Content(mediaType = MediaType.APPLICATION_JSON, example = PATCH_EXAMPLE)}) @NotNull JsonNode patch) {
        return withEtag(service.patch(id, ifMatch, patch).view());
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "DRAFT → OPEN: publish and take applications", description = "409 from any other state.")
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, ifMatch, MissionAction.PUBLISH, null);
    }

    @POST
    @Path("{id}/close-applications")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "OPEN → SELECTION: stop taking applications")
    public Response closeApplications(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, ifMatch, MissionAction.CLOSE_APPLICATIONS, null);
    }

    @POST
    @Path("{id}/confirm")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "SELECTION → CONFIRMED", description = "Needs at least one accepted exporter (409).")
    public Response confirm(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, ifMatch, MissionAction.CONFIRM, null);
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "CONFIRMED → IN_PROGRESS")
    public Response start(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, ifMatch, MissionAction.START, null);
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "IN_PROGRESS → COMPLETED")
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, ifMatch, MissionAction.COMPLETE, null);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Cancel the mission (from any state before COMPLETED)",
            description = "Body: {\"reason\": \"...\"}, required, kept as statusReason.")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CancellationRequest request) {
        return transition(id, ifMatch, MissionAction.CANCEL, request.reason());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.CRM})
    @Operation(summary = "The audit trail: who changed what, when (newest first)",
            description = HistorySort.DESCRIPTION)
    public PageResult<HistoryEntryView> history(@PathParam("id") UUID id, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        return service.history(id, paging, HistorySort.parse(sort));
    }

    private Response transition(UUID id, String ifMatch, MissionAction action, String reason) {
        return withEtag(service.transition(id, ifMatch, action, reason).view());
    }

    private static Response withEtag(MissionView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
