package org.trademission.buyer.company;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.trademission.platform.importing.UpsertOutcome;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.MergePatch;
import org.trademission.platform.web.MergePatcher;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.QueryParams;

@Path("/api/v1/buyers")
@Tag(name = "Buyers", description = "Foreign buyers of the agency's buyers programme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BuyerResource {
    private static final String PATCH_EXAMPLE = """
            {"city": "Tanger", "languages": ["fr", "ar", "en"], "website": null}""";
    private final BuyerService service;
    private final BuyerAccess access;
    private final BuyerAudit audit;
    private final IdempotentRequests idempotency;
    private final MergePatcher patcher;
    private final Caller caller;

    public BuyerResource(BuyerService service, BuyerAccess access, BuyerAudit audit, IdempotentRequests idempotency,
            MergePatcher patcher, Caller caller) {
        this.service = service;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.patcher = patcher;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.BUYER, Roles.EXPORTER})
    @Operation(summary = "Search the buyer directory",
            description = "q: text in names, city and description (any case, any script); hsCode: an HS prefix "
                    + "matched through active interests (3901 finds interests in 39 and in 390110); enrolled: in the "
                    + "buyers programme; sort: e.g. displayName,-createdAt. Contacts for staff, crm and the buyer "
                    + "itself. Exporters see buyers through matching only (403).")
    public PageResult<BuyerView> search(@QueryParam("q") String q, @QueryParam("country") String country,
            @QueryParam("city") String city, @QueryParam("hsCode") String hsCode,
            @QueryParam("enrolled") String enrolled, @QueryParam("language") String language,
            @QueryParam("companySize") String companySize, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        access.requireMayBrowse();
        BuyerSearch search = new BuyerSearch(q, QueryParams.country("country", country), city,
                QueryParams.hsPrefix("hsCode", hsCode), QueryParams.bool("enrolled", enrolled),
                QueryParams.language("language", language),
                QueryParams.oneOf("companySize", companySize, CompanySize.class));
        return service.search(search, sort, PageRequest.parse(page, size), access::seesPrivate);
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.CRM})
    @Operation(summary = "Register a buyer", description = "A buyer in Morocco (MA) carries its ICE. Honours "
            + "Idempotency-Key.")
    public Response register(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid BuyerRequest request, UriInfo uri) {
        return idempotency.create(idempotencyKey, "POST /api/v1/buyers", request, () -> {
            Buyer buyer = service.register(request);
            return new Created(uri.getAbsolutePathBuilder().path(buyer.id().toString()).build(), buyer.view(true));
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.BUYER, Roles.EXPORTER})
    public Response get(@PathParam("id") UUID id) {
        access.requireMayBrowse();
        return withEtag(service.get(id).view(access.seesPrivate(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.BUYER})
    @Operation(summary = "Replace a buyer's fields", description = "412 when If-Match names another version.")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid BuyerRequest request) {
        caller.requireActsForBuyer(id);
        return withEtag(service.update(id, ifMatch, request).view(true));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.STAFF, Roles.BUYER})
    @Operation(summary = "Change some fields (JSON Merge Patch)", description = "412 when If-Match names another version.")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = {
                @Content(mediaType = MergePatch.MEDIA_TYPE, example = PATCH_EXAMPLE),
                @Content(mediaType = MediaType.APPLICATION_JSON, example = PATCH_EXAMPLE)})
            @NotNull JsonNode patch) {
        caller.requireActsForBuyer(id);
        return withEtag(service.patch(id, ifMatch, patch).view(true));
    }

    @PUT
    @Path("by-crm-id/{crmId}")
    @RolesAllowed({Roles.STAFF, Roles.CRM})
    @Operation(summary = "Create or update by the CRM's id", description = "The same payload twice changes nothing.")
    public Response upsertByCrmId(@PathParam("crmId") String crmId, @NotNull @Valid BuyerRequest request,
            UriInfo uri) {
        if (!crmId.matches("^[A-Za-z0-9._:-]{1,100}$")) {
            throw ProblemException.invalid("crmId", "may hold 1 to 100 letters, digits and . _ : - only");
        }
        BuyerService.Upserted result = service.upsertByCrmId(crmId, request);
        BuyerView view = result.buyer().view(true);
        if (result.outcome() == UpsertOutcome.CREATED) {
            return Response.created(uri.getBaseUriBuilder().path("api/v1/buyers").path(view.id().toString()).build())
                    .entity(view).tag(Long.toString(view.version())).build();
        }
        return withEtag(view);
    }

    @POST
    @Path("{id}/programme-enrolment")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Enrol the buyer in the buyers programme", description = "No body needed. 409 when enrolled.")
    public Response enrol(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withEtag(service.enrol(id, ifMatch).view(true));
    }

    @POST
    @Path("{id}/programme-withdrawal")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "End the buyer's place in the buyers programme",
            description = "Body (optional): {\"reason\": \"...\"}. 409 when not enrolled.")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, String body) {
        WithdrawalRequest withdrawal = patcher.applyOptional(new WithdrawalRequest(null), body, WithdrawalRequest.class);
        return withEtag(service.withdraw(id, ifMatch, withdrawal.reason()).view(true));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.BUYER})
    @Operation(summary = "The audit trail: who changed what, when (newest first)",
            description = HistorySort.DESCRIPTION)
    public PageResult<HistoryEntryView> history(@PathParam("id") UUID id, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        HistorySort order = HistorySort.parse(sort);
        if (!caller.is(Roles.CRM)) {
            caller.requireActsForBuyer(id);
        }
        service.get(id);
        return audit.history(id, paging, order);
    }

    private static Response withEtag(BuyerView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
