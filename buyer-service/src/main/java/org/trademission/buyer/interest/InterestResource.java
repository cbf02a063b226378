package org.trademission.buyer.interest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.trademission.buyer.company.BuyerAccess;
import org.trademission.platform.idempotency.Created;
import org.trademission.platform.idempotency.IdempotentRequests;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.MergePatch;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.QueryParams;

@Path("/api/v1/buyers/{buyerId}/interests")
@Tag(name = "Sourcing interests", description = "What a buyer wants to source, by HS prefix")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterestResource {
    private static final String PATCH_EXAMPLE = """
            {"neededBy": "2027-09-30", "quantity": {"amount": 80, "unit": "t"}}""";
    private final InterestService interests;
    private final BuyerAccess access;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public InterestResource(InterestService interests, BuyerAccess access, IdempotentRequests idempotency,
            Caller caller) {
        this.interests = interests;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.BUYER, Roles.EXPORTER})
    @Operation(summary = "A buyer's sourcing interests", description = "active: true or false to filter; sort: e.g. "
            + "neededBy,hsCode (fields: hsCode, neededBy, createdAt, updatedAt; by default the order they were added). "
            + "Budgets for staff, crm and the buyer itself.")
    public PageResult<InterestView> list(@PathParam("buyerId") UUID buyerId, @QueryParam("active") String active,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        access.requireMayBrowse();
        Boolean onlyActive = QueryParams.bool("active", active);
        PageResult<InterestView> result = interests.list(buyerId, onlyActive, sort, PageRequest.parse(page, size));
        return access.seesPrivate(buyerId) ? result : result.map(InterestView::withoutBudget);
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.BUYER})
    @Operation(summary = "Add a sourcing interest", description = "neededBy may not be in the past. Honours "
            + "Idempotency-Key.")
    public Response add(@PathParam("buyerId") UUID buyerId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @NotNull @Valid InterestRequest request,
            UriInfo uri) {
        caller.requireActsForBuyer(buyerId);
        return idempotency.create(idempotencyKey, "POST /api/v1/buyers/" + buyerId + "/interests", request, () -> {
            SourcingInterest interest = interests.add(buyerId, request);
            return new Created(uri.getAbsolutePathBuilder().path(interest.id().toString()).build(), interest.view());
        });
    }

    @GET
    @Path("{interestId}")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.BUYER, Roles.EXPORTER})
    public Response get(@PathParam("buyerId") UUID buyerId, @PathParam("interestId") UUID interestId) {
        access.requireMayBrowse();
        InterestView view = interests.get(buyerId, interestId);
        return withEtag(access.seesPrivate(buyerId) ? view : view.withoutBudget());
    }

    @PUT
    @Path("{interestId}")
    @RolesAllowed({Roles.STAFF, Roles.BUYER})
    @Operation(summary = "Replace a sourcing interest", description = "412 when If-Match names another version.")
    public Response update(@PathParam("buyerId") UUID buyerId, @PathParam("interestId") UUID interestId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid InterestRequest request) {
        caller.requireActsForBuyer(buyerId);
        return withEtag(interests.update(buyerId, interestId, ifMatch, request).view());
    }

    @PATCH
    @Path("{interestId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.STAFF, Roles.BUYER})
    @Operation(summary = "Change some fields of a sourcing interest (JSON Merge Patch)",
            description = "e.g. {\"active\": false} when the need is met.")
    public Response patch(@PathParam("buyerId") UUID buyerId, @PathParam("interestId") UUID interestId,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = {
                @Content(mediaType = MergePatch.MEDIA_TYPE, example = PATCH_EXAMPLE),
                @Content(mediaType = MediaType.APPLICATION_JSON, example = PATCH_EXAMPLE)}) @NotNull JsonNode patch) {
        caller.requireActsForBuyer(buyerId);
        return withEtag(interests.patch(buyerId, interestId, ifMatch, patch).view());
    }

    @DELETE
    @Path("{interestId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.STAFF, Roles.BUYER})
    public Response remove(@PathParam("buyerId") UUID buyerId, @PathParam("interestId") UUID interestId,
            @HeaderParam("If-Match") String ifMatch) {
        caller.requireActsForBuyer(buyerId);
        interests.remove(buyerId, interestId, ifMatch);
        return Response.noContent().build();
    }

    private static Response withEtag(InterestView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
