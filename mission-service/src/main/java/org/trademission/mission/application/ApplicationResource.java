package org.trademission.mission.application;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.idempotency.Created;
import org.trademission.platform.idempotency.IdempotentRequests;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.QueryParams;

@Path("/api/v1/missions/{missionId}/applications")
@Tag(name = "Applications", description = "Exporters apply; staff select")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {
    private final ApplicationService applications;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public ApplicationResource(ApplicationService applications, IdempotentRequests idempotency, Caller caller) {
        this.applications = applications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER})
    @Operation(summary = "Apply to the mission",
            description = "An exporter applies for itself (staff on its behalf) while the mission is OPEN and "
                    + "before its deadline (in the mission's time zone). Only a VERIFIED exporter (422 otherwise, "
                    + "also for an unknown one); once per mission (409). Honours Idempotency-Key.")
    public Response apply(@PathParam("missionId") UUID missionId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid ApplicationRequest request, UriInfo uri) {
        caller.requireActsForExporter(request.exporterId());
        return idempotency.create(idempotencyKey, "POST /api/v1/missions/" + missionId + "/applications", request,
                () -> {
                    ApplicationView view = applications.apply(missionId, request);
                    return new Created(uri.getAbsolutePathBuilder().path(view.id().toString()).build(), view);
                });
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER})
    @Operation(summary = "The applications", description = "status=ACCEPTED lists the selected exporters; "
            + "status=WAITLISTED the waitlist in order; otherwise in the order submitted, or by sort: e.g. "
            + "status,-createdAt (fields: status, createdAt, updatedAt, decidedAt, waitlistPosition). An exporter sees "
            + "its own application only.")
    public PageResult<ApplicationView> list(@PathParam("missionId") UUID missionId,
            @QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ApplicationStatus wanted = QueryParams.oneOf("status", status, ApplicationStatus.class);
        UUID only = null;
        if (!caller.isAgency() && !caller.is(Roles.PARTNER)) {
            only = caller.exporterId().orElseThrow(() -> ProblemException.forbidden("An exporter token needs its "
                    + "exporter_id"));
        }
        return applications.list(missionId, wanted, only, sort, PageRequest.parse(page, size));
    }

    @GET
    @Path("{applicationId}")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER})
    public Response get(@PathParam("missionId") UUID missionId, @PathParam("applicationId") UUID applicationId) {
        ApplicationView view = applications.get(missionId, applicationId);
        if (!caller.isAgency() && !caller.is(Roles.PARTNER) && !caller.isExporter(view.exporterId())) {
            throw ProblemException.notFound("Application", applicationId);
        }
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @POST
    @Path("{applicationId}/decision")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Decide: ACCEPTED, WAITLISTED or REJECTED, with a note",
            description = "Accepting beyond exporterCapacity is a 409 (also when two staff members accept the last "
                    + "place at once: one wins); a suspended exporter cannot be accepted (409). Promote from the "
                    + "waitlist by accepting.")
    public Response decide(@PathParam("missionId") UUID missionId, @PathParam("applicationId") UUID applicationId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DecisionRequest decision) {
        if (!decision.status().isDecision()) {
            throw ProblemException.invalid("status", "must be ACCEPTED, WAITLISTED or REJECTED");
        }
        ApplicationView view = applications.decide(missionId, applicationId, ifMatch, decision);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @POST
    @Path("{applicationId}/withdrawal")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw the application (frees the place)", description = "The exporter or staff.")
    public Response withdraw(@PathParam("missionId") UUID missionId, @PathParam("applicationId") UUID applicationId) {
        ApplicationView view = applications.withdraw(missionId, applicationId);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
