package org.trademission.matching.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.Accepts;

@Path("/api/v1/missions/{missionId}")
@Tag(name = "Reports", description = "What missions brought: meetings held, leads, contracts, pipeline")
/** The mission's report. */
public class ReportResource {
    static final String CSV = "text/csv";

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("report")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER})
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "The mission's results (JSON, or CSV on Accept: text/csv)",
            description = "meetingsScheduled, meetingsHeld, leads, contractsSigned, pipelineValue (one amount per "
                    + "currency), no-shows, outcomes by side, the funnel, byExporter and byBuyer.")
    public Response mission(@PathParam("missionId") UUID missionId, @Context HttpHeaders headers) {
        MissionReport report = reports.mission(missionId);
        if (Accepts.explicitly(headers, CSV)) {
            return Response.ok(ReportCsv.render(report), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"mission-report-" + missionId + ".csv\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
