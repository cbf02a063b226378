package org.trademission.exporter.company;

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
import org.trademission.platform.importing.UpsertOutcome;
import org.trademission.platform.idempotency.IdempotentRequests;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.MergePatch;
import org.trademission.platform.web.MergePatcher;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.QueryParams;

@Path("/api/v1/exporters")
@Tag(name = "Exporters", description = "The directory of Moscow manufacturers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExporterResource {
    private static final String PATCH_EXAMPLE = """
            {"city": "Санкт-Петербург", "website": "https://lasertech.example.ru", "description": null}""";
    private final ExporterService service;
    private final ExporterAccess access;
    private final ExporterAudit audit;
    private final IdempotentRequests idempotency;
    private final MergePatcher patcher;
    private final Caller caller;

    public ExporterResource(ExporterService service, ExporterAccess access, ExporterAudit audit,
            IdempotentRequests idempotency, MergePatcher patcher, Caller caller) {
        this.service = service;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.patcher = patcher;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.PARTNER, Roles.CRM, Roles.BUYER})
    @Operation(summary = "Search the directory",
            description = "q: text in names, description and product names (any case, any script); hsCode: prefix "
                    + "of a product's code; sort: e.g. displayName,-createdAt. Contacts and suspended exporters "
                    + "are shown to staff, crm and the company itself only.")
    public PageResult<ExporterView> search(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("hsCode") String hsCode, @QueryParam("language") String language,
            @QueryParam("city") String city, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams.hsPrefix("hsCode", hsCode);
        boolean agency = caller.isAgency();
        ExporterSearch search = new ExporterSearch(q, ExporterStatus.parse(status),
                QueryParams.language("language", language), city, hsCode, !agency, access.self());
        return service.search(search, ExporterSort.parse(sort), PageRequest.parse(page, size), access::seesPrivate);
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.CRM})
    @Operation(summary = "Register an exporter", description = "Starts in PENDING_VERIFICATION. Honours Idempotency-Key.")
    public Response register(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid ExporterRequest request, UriInfo uri) {
        return idempotency.create(idempotencyKey, "POST /api/v1/exporters", request, () -> {
            Exporter exporter = service.register(request);
            return new Created(uri.getAbsolutePathBuilder().path(exporter.id().toString()).build(),
                    exporter.view(true));
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.PARTNER, Roles.CRM, Roles.BUYER})
    public Response get(@PathParam("id") UUID id) {
        return withEtag(access.requireVisible(id).view(access.seesPrivate(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER})
    @Operation(summary = "Replace an exporter's fields", description = "412 when If-Match names another version.")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ExporterRequest request) {
        caller.requireActsForExporter(id);
        return withEtag(service.update(id, ifMatch, request).view(true));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER})
    @Operation(summary = "Change some fields (JSON Merge Patch)", description = "412 when If-Match names another version.")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = {
                @Content(mediaType = MergePatch.MEDIA_TYPE, example = PATCH_EXAMPLE),
                @Content(mediaType = MediaType.APPLICATION_JSON, example = PATCH_EXAMPLE)})
            @NotNull JsonNode patch) {
        caller.requireActsForExporter(id);
        return withEtag(service.patch(id, ifMatch, patch).view(true));
    }

    @PUT
    @Path("by-crm-id/{crmId}")
    @RolesAllowed({Roles.STAFF, Roles.CRM})
    @Operation(summary = "Create or update by the CRM's id", description = "The same payload twice changes nothing.")
    public Response upsertByCrmId(@PathParam("crmId") String crmId, @NotNull @Valid ExporterRequest request,
            UriInfo uri) {
        if (!crmId.matches("^[A-Za-z0-9._:-]{1,100}$")) {
            throw ProblemException.invalid("crmId", "may hold 1 to 100 letters, digits and . _ : - only");
        }
        ExporterService.Upserted result = service.upsertByCrmId(crmId, request);
        ExporterView view = result.exporter().view(true);
        if (result.outcome() == UpsertOutcome.CREATED) {
            return Response.created(uri.getBaseUriBuilder().path("api/v1/exporters").path(view.id().toString())
                    .build()).entity(view).tag(Long.toString(view.version())).build();
        }
        return withEtag(view);
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark the exporter VERIFIED", description = "No body needed. 409 when already verified.")
    public Response verify(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withEtag(service.verify(id, ifMatch).view(true));
    }

    @POST
    @Path("{id}/suspension")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Suspend the exporter",
            description = "Body (optional): {\"reason\": \"...\"}, kept as statusReason and in the history.")
    public Response suspend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, String body) {
        StatusChange change = patcher.applyOptional(new StatusChange(null), body, StatusChange.class);
        return withEtag(service.suspend(id, ifMatch, change.reason()).view(true));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.CRM})
    @Operation(summary = "The audit trail: who changed what, when (newest first)",
            description = HistorySort.DESCRIPTION)
    public PageResult<HistoryEntryView> history(@PathParam("id") UUID id, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        HistorySort order = HistorySort.parse(sort);
        if (!caller.is(Roles.CRM)) {
            caller.requireActsForExporter(id);
        }
        service.get(id);
        return audit.history(id, paging, order);
    }

    private static Response withEtag(ExporterView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
