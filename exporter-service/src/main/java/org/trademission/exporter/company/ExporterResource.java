package org.trademission.exporter.company;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/exporters")
@Tag(name = "Exporters", description = "The directory of Moscow manufacturers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExporterResource {
    private final ExporterService service;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public ExporterResource(ExporterService service, IdempotentRequests idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.PARTNER, Roles.CRM, Roles.BUYER})
    @Operation(summary = "Search the directory", description = "Partners see neither contacts nor suspended exporters.")
    public PageResult<ExporterView> search(@QueryParam("q") String q, @QueryParam("status") ExporterStatus status,
            @QueryParam("language") String language, @QueryParam("city") String city,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        boolean partner = isPartnerOnly();
        return service.search(new ExporterSearch(q, status, language, city, partner), PageRequest.of(page, size),
                !partner);
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
        Exporter exporter = service.get(id);
        boolean partner = isPartnerOnly();
        if (partner && exporter.status() == ExporterStatus.SUSPENDED) {
            throw ProblemException.notFound("Exporter", id);
        }
        return withEtag(exporter.view(!partner));
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

    @PUT
    @Path("by-crm-id/{crmId}")
    @RolesAllowed({Roles.STAFF, Roles.CRM})
    @Operation(summary = "Create or update by the CRM's id", description = "The same payload twice changes nothing.")
    public Response upsertByCrmId(@PathParam("crmId") String crmId, @NotNull @Valid ExporterRequest request,
            UriInfo uri) {
        ExporterService.Upserted result = service.upsertByCrmId(crmId, request);
        ExporterView view = result.exporter().view(true);
        if (result.created()) {
            return Response.created(uri.getBaseUriBuilder().path("api/v1/exporters").path(view.id().toString())
                    .build()).entity(view).tag(Long.toString(view.version())).build();
        }
        return withEtag(view);
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark the exporter VERIFIED", description = "No body needed.")
    public Response verify(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withEtag(service.verify(id, ifMatch).view(true));
    }

    @POST
    @Path("{id}/suspension")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Suspend the exporter", description = "Body: {\"reason\": \"...\"} (required).")
    public Response suspend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid StatusChange change) {
        return withEtag(service.suspend(id, ifMatch, change == null ? null : change.reason()).view(true));
    }

    private boolean isPartnerOnly() {
        return caller.is(Roles.PARTNER) && !caller.isStaff() && !caller.is(Roles.CRM);
    }

    private static Response withEtag(ExporterView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
