package org.trademission.matching.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.DateRange;
import org.trademission.platform.web.QueryParams;

/** Results across missions, for the agency's yearly figures. */
@Path("/api/v1/reports")
@Tag(name = "Reports")
public class ReportsResource {
    private final ReportService reports;

    public ReportsResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("missions")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Results across missions",
            description = "Missions starting from..to (dates, inclusive, each optional) in a destination country "
                    + "(ISO code, optional): one row per mission and the totals." + MissionRowSort.DESCRIPTION)
    public MissionsReport missions(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("country") String country, @QueryParam("sort") String sort) {
        DateRange period = QueryParams.dateRange(from, to);
        return reports.missions(period.from(), period.to(), QueryParams.country("country", country),
                MissionRowSort.order(sort));
    }
}
