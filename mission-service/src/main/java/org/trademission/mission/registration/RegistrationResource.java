package org.trademission.mission.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.MergePatch;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.QueryParams;

@Path("/api/v1/missions/{missionId}/buyers")
@Tag(name = "Buyer registrations", description = "Buyers of the programme registered to a mission's B2B sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {
    private final RegistrationService registrations;
    private final Caller caller;

    public RegistrationResource(RegistrationService registrations, Caller caller) {
        this.registrations = registrations;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.BUYER})
    @Operation(summary = "Register a buyer", description = "Staff, or a buyer for itself; only a buyer known from "
            + "buyers.v1 (422 otherwise). unavailable: periods it cannot attend; interpreterLanguage: ISO 639-1. "
            + "A cancelled registration registers again; an active one is a 409.")
    public Response register(@PathParam("missionId") UUID missionId, @NotNull @Valid RegistrationRequest request,
            UriInfo uri) {
        caller.requireActsForBuyer(request.buyerId());
        RegistrationView view = registrations.register(missionId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(view.buyerId().toString()).build()).entity(view)
                .tag(Long.toString(view.version())).build();
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.BUYER})
    @Operation(summary = "The registered buyers", description = "status filters; in the order registered, or by "
            + "sort: e.g. buyerDisplayName,-createdAt (fields: buyerDisplayName, status, createdAt, updatedAt). A buyer "
            + "sees its own only.")
    public PageResult<RegistrationView> list(@PathParam("missionId") UUID missionId,
            @QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        UUID only = null;
        if (!caller.isAgency() && !caller.is(Roles.PARTNER)) {
            only = caller.buyerId().orElseThrow(() -> ProblemException.forbidden("A buyer token needs its buyer_id"));
        }
        return registrations.list(missionId, QueryParams.oneOf("status", status, RegistrationStatus.class), only,
                sort, PageRequest.parse(page, size));
    }

    @GET
    @Path("{buyerId}")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.BUYER})
    public Response get(@PathParam("missionId") UUID missionId, @PathParam("buyerId") UUID buyerId) {
        if (!caller.isAgency() && !caller.is(Roles.PARTNER) && !caller.isBuyer(buyerId)) {
            throw ProblemException.notFound("Registration of buyer", buyerId);
        }
        return withEtag(registrations.get(missionId, buyerId));
    }

    @PATCH
    @Path("{buyerId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.STAFF, Roles.BUYER})
    @Operation(summary = "Change the periods the buyer cannot attend and its interpreter language",
            description = "Both fields are replaced as sent.")
    public Response change(@PathParam("missionId") UUID missionId, @PathParam("buyerId") UUID buyerId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RegistrationChange change) {
        caller.requireActsForBuyer(buyerId);
        return withEtag(registrations.change(missionId, buyerId, ifMatch, change));
    }

    @POST
    @Path("{buyerId}/confirmation")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "REGISTERED → CONFIRMED")
    public Response confirm(@PathParam("missionId") UUID missionId, @PathParam("buyerId") UUID buyerId) {
        return withEtag(registrations.confirm(missionId, buyerId));
    }

    @POST
    @Path("{buyerId}/cancellation")
    @RolesAllowed({Roles.STAFF, Roles.BUYER})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel the registration (the buyer or staff)")
    public Response cancel(@PathParam("missionId") UUID missionId, @PathParam("buyerId") UUID buyerId) {
        caller.requireActsForBuyer(buyerId);
        return withEtag(registrations.cancel(missionId, buyerId));
    }

    private static Response withEtag(RegistrationView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
