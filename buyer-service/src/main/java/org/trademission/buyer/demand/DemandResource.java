package org.trademission.buyer.demand;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.QueryParams;
import org.trademission.platform.web.SortRequest;

@Path("/api/v1/interests")
@Tag(name = "Market demand", description = "What the market wants to source: active interests across buyers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER})
public class DemandResource {
    private final DemandQueries queries;
    private final Caller caller;

    public DemandResource(DemandQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Active sourcing interests across buyers",
            description = "e.g. hsCode=39&country=MA: Moroccan demand for plastics. hsCode matches both ways of "
                    + "the HS hierarchy (3901 finds interests in 39 and in 390110). Partners see no budgets. "
                    + "sort: e.g. neededBy,-createdAt (fields: hsCode, buyerDisplayName, country, city, neededBy, "
                    + "createdAt); by HS code and buyer without it.")
    public PageResult<DemandItem> demand(@QueryParam("hsCode") String hsCode, @QueryParam("country") String country,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        return queries.demand(QueryParams.hsPrefix("hsCode", hsCode), QueryParams.country("country", country),
                SortRequest.parse(sort, DemandQueries.SORTABLE), PageRequest.parse(page, size), caller.isAgency());
    }

    @GET
    @Path("summary")
    @Operation(summary = "Demand per HS chapter: interests and buyers, with the chapter's title")
    public List<ChapterDemand> summary(@QueryParam("country") String country) {
        return queries.summary(QueryParams.country("country", country));
    }
}
