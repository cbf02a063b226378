package org.trademission.matching.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.QueryParams;

@Path("/api/v1/missions/{missionId}")
@Tag(name = "Recommendations", description = "Who should meet whom, with reasons")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {
    private final RecommendationService service;
    private final Caller caller;

    public RecommendationResource(RecommendationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("recommendations")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "Rank the mission's counterparts for one participant",
            description = "buyerId: the accepted exporters ranked for that buyer; exporterId: the registered buyers "
                    + "ranked for that exporter (exactly one). Each with score (0..1) and reasons. Exporters and "
                    + "buyers ask for themselves only. See docs/matching.md for the score."
                    + RecommendationSort.DESCRIPTION)
    public PageResult<Recommendation> recommendations(@PathParam("missionId") UUID missionId,
            @QueryParam("buyerId") String buyerId, @QueryParam("exporterId") String exporterId,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        UUID buyer = QueryParams.uuid("buyerId", buyerId);
        UUID exporter = QueryParams.uuid("exporterId", exporterId);
        if ((buyer == null) == (exporter == null)) {
            throw ProblemException.invalid(buyer == null ? "buyerId" : "exporterId",
                    "give exactly one of buyerId and exporterId");
        }
        PageRequest paging = PageRequest.parse(page, size);
        Comparator<Rank> order = RecommendationSort.order(sort);
        boolean agency = caller.isAgency() || caller.is(Roles.PARTNER);
        if (buyer != null) {
            if (!agency && !caller.isBuyer(buyer)) {
                throw ProblemException.forbidden("You may ask for your own recommendations only");
            }
            return service.forBuyer(missionId, buyer, paging, order);
        }
        if (!agency && !caller.isExporter(exporter)) {
            throw ProblemException.forbidden("You may ask for your own recommendations only");
        }
        return service.forExporter(missionId, exporter, paging, order);
    }

    @GET
    @Path("matches")
    @RolesAllowed({Roles.STAFF, Roles.CRM})
    @Operation(summary = "The exporter × buyer pairs scoring at least minScore (default 0.5), with coverage",
            description = "buyersWithoutMatch / exportersWithoutMatch: participants with no counterpart above the "
                    + "threshold.")
    public MatchesView matches(@PathParam("missionId") UUID missionId, @QueryParam("minScore") String minScore) {
        double threshold = 0.5;
        if (minScore != null && !minScore.isBlank()) {
            try {
                threshold = Double.parseDouble(minScore.trim());
            } catch (NumberFormatException e) {
                threshold = Double.NaN;
            }
            if (!(threshold >= 0 && threshold <= 1)) {
                throw ProblemException.invalid("minScore", "must be a number from 0 to 1");
            }
        }
        return service.matches(missionId, threshold);
    }
}
