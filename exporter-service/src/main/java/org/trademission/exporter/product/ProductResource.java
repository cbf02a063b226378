package org.trademission.exporter.product;

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
import org.trademission.exporter.company.ExporterAccess;
import org.trademission.platform.idempotency.Created;
import org.trademission.platform.idempotency.IdempotentRequests;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.MergePatch;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

@Path("/api/v1/exporters/{exporterId}/products")
@Tag(name = "Products", description = "What an exporter offers, with HS codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {
    private static final String PATCH_EXAMPLE = """
            {"leadTimeDays": 30, "moq": 2, "certifications": ["CE", "ЕАС", "ISO 9001:2015"]}""";
    private final ProductService products;
    private final ExporterAccess access;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public ProductResource(ProductService products, ExporterAccess access, IdempotentRequests idempotency,
            Caller caller) {
        this.products = products;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.PARTNER, Roles.CRM, Roles.BUYER})
    @Operation(summary = "An exporter's products", description = "In the order they were added, or by sort: e.g. "
            + "hsCode,-createdAt (fields: name, hsCode, leadTimeDays, createdAt, updatedAt).")
    public PageResult<ProductView> list(@PathParam("exporterId") UUID exporterId, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        access.requireVisible(exporterId);
        return products.list(exporterId, sort, PageRequest.parse(page, size));
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER})
    @Operation(summary = "Add a product", description = "Honours Idempotency-Key.")
    public Response add(@PathParam("exporterId") UUID exporterId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @NotNull @Valid ProductRequest request,
            UriInfo uri) {
        caller.requireActsForExporter(exporterId);
        return idempotency.create(idempotencyKey, "POST /api/v1/exporters/" + exporterId + "/products", request, () -> {
            Product product = products.add(exporterId, request);
            return new Created(uri.getAbsolutePathBuilder().path(product.id().toString()).build(), product.view());
        });
    }

    @GET
    @Path("{productId}")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.PARTNER, Roles.CRM, Roles.BUYER})
    public Response get(@PathParam("exporterId") UUID exporterId, @PathParam("productId") UUID productId) {
        access.requireVisible(exporterId);
        return withEtag(products.get(exporterId, productId).view());
    }

    @PUT
    @Path("{productId}")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER})
    @Operation(summary = "Replace a product", description = "412 when If-Match names another version.")
    public Response update(@PathParam("exporterId") UUID exporterId, @PathParam("productId") UUID productId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProductRequest request) {
        caller.requireActsForExporter(exporterId);
        return withEtag(products.update(exporterId, productId, ifMatch, request).view());
    }

    @PATCH
    @Path("{productId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER})
    @Operation(summary = "Change some fields of a product (JSON Merge Patch)")
    public Response patch(@PathParam("exporterId") UUID exporterId, @PathParam("productId") UUID productId,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = {
                @Content(mediaType = MergePatch.MEDIA_TYPE, example = PATCH_EXAMPLE),
                @Content(mediaType = MediaType.APPLICATION_JSON, example = PATCH_EXAMPLE)}) @NotNull JsonNode patch) {
        caller.requireActsForExporter(exporterId);
        return withEtag(products.patch(exporterId, productId, ifMatch, patch).view());
    }

    @DELETE
    @Path("{productId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER})
    public Response remove(@PathParam("exporterId") UUID exporterId, @PathParam("productId") UUID productId,
            @HeaderParam("If-Match") String ifMatch) {
        caller.requireActsForExporter(exporterId);
        products.remove(exporterId, productId, ifMatch);
        return Response.noContent().build();
    }

    private static Response withEtag(ProductView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
